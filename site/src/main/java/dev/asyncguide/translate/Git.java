package dev.asyncguide.translate;

import dev.asyncguide.core.Diagnostic;
import dev.asyncguide.core.ProcessRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The git command line, run in the repository root. The translation checks
 * use git itself rather than a Java library (JGit): every translator and CI
 * machine has it anyway (they commit with it), it behaves exactly like the
 * git they use (worktrees, shallow clones, safe.directory, config), and it
 * adds no dependency to the build.
 */
public final class Git {

    /** One commit: full and short id, ISO day, subject. */
    public record Commit(String id, String shortId, String date, String subject) {
        @Override
        public String toString() {
            return shortId + " " + date + " " + subject;
        }
    }

    private record Result(int exit, String out, String err) {}

    private final Path root;

    public Git(Path root) {
        this.root = root;
    }

    /** Whether git runs and root is inside a work tree. */
    public boolean available() {
        try {
            return run(List.of("rev-parse", "--is-inside-work-tree")).exit == 0;
        } catch (Diagnostic e) {
            return false;
        }
    }

    public boolean isShallow() {
        return ok("rev-parse", "--is-shallow-repository").strip().equals("true");
    }

    /** The full id of a commit named by a full or abbreviated id, if it exists. */
    public Optional<String> resolveCommit(String rev) {
        if (!rev.matches("[0-9a-fA-F]{4,64}")) {
            return Optional.empty();
        }
        Result r = run(List.of("rev-parse", "--verify", "--quiet", rev + "^{commit}"));
        return r.exit == 0 ? Optional.of(r.out.strip()) : Optional.empty();
    }

    public boolean hasHead() {
        return run(List.of("rev-parse", "--verify", "--quiet", "HEAD")).exit == 0;
    }

    public String head() {
        return ok("rev-parse", "HEAD").strip();
    }

    /** Whether {@code commit} is HEAD or one of its ancestors. */
    public boolean isAncestorOfHead(String commit) {
        Result r = run(List.of("merge-base", "--is-ancestor", commit, "HEAD"));
        if (r.exit > 1) {
            throw Diagnostic.at(".", 1, "git merge-base: " + r.err.strip());
        }
        return r.exit == 0;
    }

    /** The commits after {@code since} up to HEAD that changed {@code path}
     *  (under this name or an earlier one), newest first. */
    public List<Commit> commitsSince(String since, String path) {
        return commits(since + "..HEAD", path);
    }

    /**
     * The name {@code path} had in {@code commit}: itself, or the name it was
     * renamed from since (a page renamed to change the reading order keeps
     * its translations' records).
     */
    public Optional<String> nameAt(String commit, String path) {
        if (run(List.of("cat-file", "-e", commit + ":./" + path)).exit == 0) {
            return Optional.of(path);
        }
        String out = ok("log", "--follow", "--name-only", "--format=", "--", path);
        for (String name : out.split("\n")) {
            if (!name.isBlank()
                    && run(List.of("cat-file", "-e", commit + ":" + name.strip())).exit == 0) {
                return Optional.of(name.strip());
            }
        }
        return Optional.empty();
    }

    /** The last commit that changed {@code path}, if any. */
    public Optional<Commit> lastCommit(String path) {
        if (!hasHead()) {
            return Optional.empty();
        }
        // no --follow here: it leaves out merge commits, and a merge that
        // resolved a conflict in the page is its last change
        String out = ok("log", "-1", "--format=%H%x1f%h%x1f%ad%x1f%s", "--date=short",
                "--", path).strip();
        if (out.isEmpty()) {
            return commits("-1", path).stream().findFirst(); // only under an older name
        }
        String[] f = out.split("\u001f", 4);
        return Optional.of(new Commit(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
    }

    private List<Commit> commits(String range, String path) {
        if (!hasHead()) {
            return List.of();
        }
        String out = ok("log", "--follow", "--format=%H%x1f%h%x1f%ad%x1f%s", "--date=short", range,
                "--", path);
        List<Commit> commits = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\u001f", 4);
                commits.add(new Commit(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        }
        return commits;
    }

    /**
     * When {@code path} was first committed (seconds since the epoch), or
     * {@link Long#MAX_VALUE} when it is not committed yet.
     */
    public long added(String path) {
        if (!hasHead()) {
            return Long.MAX_VALUE;
        }
        String out = ok("log", "--diff-filter=A", "--format=%ct", "--", path).strip();
        if (out.isEmpty()) {
            return Long.MAX_VALUE;
        }
        String[] times = out.split("\n");
        return Long.parseLong(times[times.length - 1].strip());
    }

    /** Whether {@code path} is known to git (committed or added). */
    public boolean isTracked(String path) {
        return run(List.of("ls-files", "--error-unmatch", "--", path)).exit == 0;
    }

    /** Whether the work tree (or the index) has changes to {@code path} that HEAD does not. */
    public boolean hasUncommittedChanges(String path) {
        if (!hasHead()) {
            return true;
        }
        Result r = run(List.of("diff", "--quiet", "HEAD", "--", path));
        if (r.exit > 1) {
            throw Diagnostic.at(".", 1, "git diff: " + r.err.strip());
        }
        return r.exit == 1 || !isTracked(path);
    }

    /** The file as it was in {@code commit}, if it existed there. */
    public Optional<String> show(String commit, String path) {
        Result r = run(List.of("show", commit + ":./" + path));
        return r.exit == 0 ? Optional.of(r.out) : Optional.empty();
    }

    /** The unified diff of {@code path} from {@code commit} (where it was
     *  {@code oldName}) to the work tree; empty when the text is the same. */
    public String diffToWorkTree(String commit, String oldName, String path) {
        if (oldName.equals(path)) {
            return ok("diff", "--no-color", "--no-ext-diff", commit, "--", path);
        }
        String before = show(commit, oldName).orElse("");
        try {
            if (before.equals(java.nio.file.Files.readString(root.resolve(path)))) {
                return ""; // renamed, not changed
            }
        } catch (IOException e) {
            throw Diagnostic.io(Path.of(path), "cannot read: " + e.getMessage());
        }
        return ok("diff", "-M", "--no-color", "--no-ext-diff", commit, "--", oldName, path);
    }

    private String ok(String... args) {
        Result r = run(List.of(args));
        if (r.exit != 0) {
            throw Diagnostic.at(".", 1, "git " + args[0] + " failed: " + r.err.strip());
        }
        return r.out;
    }

    private Result run(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "core.quotepath=off",
                "-c", "log.showSignature=false", "-C", root.toString()));
        cmd.addAll(args);
        try {
            // GIT_DIR and GIT_WORK_TREE would point git elsewhere: emptied
            var r = ProcessRunner.run(ProcessRunner.Spec.of(root, cmd)
                    .env(Map.of("LC_ALL", "C", "GIT_PAGER", "cat", "GIT_DIR", "",
                            "GIT_WORK_TREE", "")));
            String out = String.join("\n", r.stdout()) + (r.stdout().isEmpty() ? "" : "\n");
            return new Result(r.timedOut() ? -1 : r.exitCode(), out, r.stderr());
        } catch (IOException e) {
            throw Diagnostic.at(".", 1, "cannot run git (" + e.getMessage()
                    + "); install git to check translations");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Diagnostic.at(".", 1, "interrupted while running git");
        }
    }
}
