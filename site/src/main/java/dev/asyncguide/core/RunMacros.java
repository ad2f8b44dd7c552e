package dev.asyncguide.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.JavaExtensionRegistry;

/**
 * The two AsciiDoc macros that bring captured runs into a page:
 * <ul>
 * <li>{@code run::RaceCondition@one-carrier[]}, a block: a variant run of a
 *     snippet, shown as the command a reader types and its captured output;
 * <li>{@code run:Scale[elapsed]}, inline: one value of a captured run cited
 *     in a sentence ({@code Scale} the Java run, {@code Scale.python} its
 *     twin, {@code Scale@small} a variant; the field and its options in the
 *     brackets).
 * </ul>
 * Here they only mark the page (an empty block with the {@value #BLOCK}
 * attribute, a phrase with the {@value #CITE_ROLE} role holding the macro's
 * own text): the site fills them in from the runs, which it alone knows,
 * and names a reference it cannot resolve at its line.
 */
public final class RunMacros {

    /** The attribute that names a variant run block's run. */
    public static final String BLOCK = "run";
    /** The role of a citation's phrase. */
    public static final String CITE_ROLE = "run-cite";

    private RunMacros() {}

    static void register(JavaExtensionRegistry registry) {
        registry.blockMacro(new VariantBlock());
        registry.inlineMacro(new Citation());
    }

    /** {@code run::Name@variant[]}: an empty block that names its run. */
    public static final class VariantBlock extends BlockMacroProcessor {
        public VariantBlock() {
            super("run");
        }

        @Override
        public StructuralNode process(StructuralNode parent, String target,
                                      Map<String, Object> attributes) {
            Map<String, Object> attrs = new HashMap<>(attributes);
            attrs.put(BLOCK, target);
            attrs.put("role", "variant-run");
            return createBlock(parent, "open", List.of(), attrs);
        }
    }

    /** {@code run:Name[field]}: a phrase holding the macro's text, e.g.
     *  {@code Scale@small[elapsed,round=1]}, for the site to resolve. */
    public static final class Citation extends InlineMacroProcessor {
        public Citation() {
            super("run", new HashMap<>(Map.of("content_model", ":text"))); // mutable: JRuby adds to it
        }

        @Override
        public PhraseNode process(StructuralNode parent, String target,
                                  Map<String, Object> attributes) {
            Object text = attributes.getOrDefault("text", "");
            return createPhraseNode(parent, "quoted", target + "[" + text + "]",
                    Map.of("role", CITE_ROLE), Map.of("type", "unquoted"));
        }
    }
}
