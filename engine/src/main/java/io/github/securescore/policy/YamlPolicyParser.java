package io.github.securescore.policy;

import io.github.securescore.InvalidInputException;
import io.github.securescore.policy.PolicyNode.Entry;
import io.github.securescore.policy.PolicyNode.Kind;
import io.github.securescore.policy.PolicyNode.Position;
import io.github.securescore.policy.PolicyNode.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into a {@link PolicyNode} tree from the parser's events, so that nothing YAML would
 * do implicitly happens: exactly one document; no aliases, anchors, merge keys or tags (a gate file
 * has no use for them, and an alias would otherwise read as its anchor's name); plain scalars typed
 * by YAML 1.2's core schema ({@code yes} is a string, {@code 70} a number, {@code "70"} a string).
 */
final class YamlPolicyParser {

    private static final Pattern NULL = Pattern.compile("|~|null|Null|NULL");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
            + "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private final String source;
    private final String text;
    private final Parser parser;

    private YamlPolicyParser(String text, String source) {
        this.source = source;
        this.text = text;
        this.parser = new ParserImpl(new StreamReader(text), new LoaderOptions());
    }

    /** The document's tree, or null when the file holds no document or an empty one. */
    static PolicyNode parse(String text, String source) {
        YamlPolicyParser yaml = new YamlPolicyParser(text, source);
        try {
            return yaml.document();
        } catch (MarkedYAMLException e) {
            throw yaml.malformed(e);
        } catch (ReaderException e) {
            Position at = yaml.positionOf(e.getPosition());
            throw new InvalidInputException(source, at.line(), at.column(), null,
                    "the character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML");
        } catch (YAMLException e) {
            throw new InvalidInputException(source, 0, 0, null, "malformed YAML");
        }
    }

    private PolicyNode document() {
        parser.getEvent();   // stream start
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            return null;     // only comments
        }
        parser.getEvent();   // document start
        PolicyNode root = node(0);
        parser.getEvent();   // document end
        Mark after;
        try {
            Event next = parser.getEvent();
            after = next.is(Event.ID.StreamEnd) ? null : next.getStartMark();
        } catch (MarkedYAMLException e) {
            // content after "..." without a "---" of its own: a second document all the same
            if (e.getProblemMark() == null || !String.valueOf(e.getProblem()).contains("<document start>")) {
                throw e;
            }
            after = e.getProblemMark();
        }
        if (after != null) {
            // "---" twice, or content after "...": a reader that kept one document would drop the other
            Position at = position(after);
            throw new InvalidInputException(source, at.line(), at.column(), null,
                    "a second YAML document starts here; a policy file holds exactly one document");
        }
        return root instanceof Scalar scalar && scalar.kind() == Kind.NULL ? null : root;
    }

    private PolicyNode node(int depth) {
        Event event = parser.getEvent();
        Position at = position(event.getStartMark());
        if (depth > PolicyNode.MAX_DEPTH) {
            throw PolicyNode.tooDeep(source, at);
        }
        if (event.is(Event.ID.Alias)) {
            throw unsupported(at, "a YAML alias (*" + PolicyBinder.shown(((NodeEvent) event).getAnchor())
                    + "); write the value out");
        }
        if (event instanceof NodeEvent node && node.getAnchor() != null) {
            throw unsupported(at, "a YAML anchor (&" + PolicyBinder.shown(node.getAnchor())
                    + "); write each value out");
        }
        if (event instanceof ScalarEvent scalar) {
            rejectTag(scalar.getTag(), at);
            boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            return new Scalar(plain ? kind(scalar.getValue()) : Kind.STRING, scalar.getValue(), at);
        }
        rejectTag(((CollectionStartEvent) event).getTag(), at);
        if (event.is(Event.ID.SequenceStart)) {
            List<PolicyNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                items.add(node(depth + 1));
            }
            parser.getEvent();
            return new PolicyNode.Sequence(items, at);
        }
        List<Entry> entries = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Position keyAt = position(parser.peekEvent().getStartMark());
            if (!parser.checkEvent(Event.ID.Scalar)) {
                PolicyNode key = node(depth + 1);   // an alias is named as such
                throw new InvalidInputException(source, keyAt.line(), keyAt.column(), null, "a key must be a name,"
                        + " found " + (key instanceof PolicyNode.Sequence ? "a list" : "a mapping"));
            }
            Scalar key = (Scalar) node(depth + 1);
            if (key.kind() == Kind.NULL) {
                throw new InvalidInputException(source, keyAt.line(), keyAt.column(), null,
                        "a key without a name; expected a name before ':'");
            }
            if (key.text().equals("<<")) {
                throw unsupported(keyAt, "a YAML merge key (<<); write the keys out");
            }
            entries.add(new Entry(key, node(depth + 1)));
        }
        parser.getEvent();
        return PolicyNode.mapping(source, entries, at);
    }

    private static Kind kind(String plain) {
        if (NULL.matcher(plain).matches()) {
            return Kind.NULL;
        }
        if (BOOLEAN.matcher(plain).matches()) {
            return Kind.BOOLEAN;
        }
        return NUMBER.matcher(plain).matches() ? Kind.NUMBER : Kind.STRING;
    }

    private void rejectTag(String tag, Position at) {
        if (tag != null) {
            throw unsupported(at, "a YAML tag (" + PolicyBinder.shown(tag) + "); write the value without it");
        }
    }

    private InvalidInputException unsupported(Position at, String what) {
        return new InvalidInputException(source, at.line(), at.column(), null,
                "a policy file has no use for " + what);
    }

    private InvalidInputException malformed(MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Position at = mark == null ? new Position(0, 0) : position(mark);
        String problem = e.getProblem() == null ? "" : ": " + words(e.getProblem());
        String context = e.getContext() == null || e.getContextMark() == null ? ""
                : " (" + words(e.getContext()) + " that starts at line " + (e.getContextMark().getLine() + 1) + ")";
        return new InvalidInputException(source, at.line(), at.column(), null, "malformed YAML" + problem + context);
    }

    /** The parser's token names in plain words. */
    private static String words(String message) {
        return message.replace("<block mapping start>", "a new key")
                .replace("<block sequence start>", "a list")
                .replace("<block end>", "the end of the block")
                .replace("<stream end>", "the end of the file")
                .replace("<document start>", "a new document")
                .replaceAll("<([a-z ]+)>", "$1")
                .replace("\t", "\\t");
    }

    private static Position position(Mark mark) {
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private Position positionOf(int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Position(line, column);
    }
}
