package io.github.securescore.policy;

import io.github.securescore.InputFile;
import io.github.securescore.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import io.github.securescore.controls.ControlCatalog;
import io.github.securescore.pack.PackCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a policy file: JSON when its name ends in {@code .json}, YAML otherwise. Both are parsed
 * into the same tree and checked by the same rules ({@link PolicyBinder}); what is refused is listed
 * in the README ("What the policy reader rejects").
 */
public final class PolicyReader {

    private final ControlCatalog catalog;
    private final PackCatalog packs;

    public PolicyReader(ControlCatalog catalog, PackCatalog packs) {
        this.catalog = catalog;
        this.packs = packs;
    }

    /** A reader that knows the packs on the class path. */
    public PolicyReader(ControlCatalog catalog) {
        this(catalog, PackCatalog.load());
    }

    public Policy read(Path file) {
        return read(file, List.of());
    }

    /**
     * @param selection the packs a front end selects ({@code --pack}, the POM's or the Jenkins step's
     *                  {@code packs}), which replace the file's; empty for the file's own. The warning on
     *                  gates of a pack that is not selected is decided against it.
     */
    public Policy read(Path file, List<String> selection) {
        String source = file.toString();
        // a device, a FIFO or a huge file is refused before it is read (InputFile)
        byte[] bytes = InputFile.readBounded(file, InputFile.POLICY_LIMIT, "a policy file");
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, 0, 0, null, "is not valid UTF-8; expected a UTF-8 policy file");
        }
        return parse(text, source, selection);
    }

    /** Parses policy text; {@code source} names it in messages and, by its ending, says whether it is JSON. */
    public Policy parse(String text, String source) {
        return parse(text, source, List.of());
    }

    private Policy parse(String text, String source, List<String> selection) {
        boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json");
        PolicyNode root = json ? JsonPolicyParser.parse(text, source) : YamlPolicyParser.parse(text, source);
        return new PolicyBinder(source, catalog, packs, selection).bind(root);
    }
}
