import dev.jbang.cli.JBang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles snippets into JBang's cache in one JVM, JBang's own command
 * line called once per script ({@code jbang build} takes one): a fresh
 * clone would otherwise start a JBang JVM per snippet just to compile it.
 * Run by build.sh beside Maven, on the bootstrapped JBang's classpath:
 * {@code java -cp '.jbang/jbang-V/lib/*' BuildSnippets.java LIST AOT FILE...},
 * AOT javac's ahead-of-time cache, made by build.sh ({@code ""}: none).
 * Each script that builds is added to LIST as {@code sha256  path}, so
 * the capture stage knows it need not compile it again; one that does not
 * is left to the capture stage, which says why at its line.
 */
public class BuildSnippets {
    public static void main(String[] args) throws IOException {
        Path list = Path.of(args[0]);
        // javac's classes from the cache build.sh made for this JDK ("": none)
        List<String> javacOptions = args[1].isEmpty() ? List.of()
                : List.of("-C=-J-XX:AOTCache=" + args[1],
                        "-C=-J-XX:TieredStopAtLevel=1", "-C=-J-Xlog:disable");
        int built = 0;
        for (int i = 2; i < args.length; i++) {
            String[] shaAndPath = args[i].split("  ", 2);
            List<String> build = new ArrayList<>(List.of("build"));
            build.addAll(javacOptions);
            build.add(shaAndPath[1]);
            int code = JBang.getCommandLine().execute(build.toArray(String[]::new));
            if (code == 0) {
                built++;
                Files.writeString(list, args[i] + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        }
        System.err.println("[build] compiled " + built + "/" + (args.length - 2)
                + " snippets in one JVM");
    }
}
