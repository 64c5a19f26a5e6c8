package io.github.securescore.policy;

import io.github.securescore.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A policy file as parsed, before its keys mean anything: YAML and JSON both become this tree, so
 * one set of rules ({@link PolicyBinder}) decides what is valid in either. Every node knows where it
 * was written.
 */
sealed interface PolicyNode permits PolicyNode.Scalar, PolicyNode.Mapping, PolicyNode.Sequence {

    /** 1-based line and column. */
    record Position(int line, int column) {
    }

    Position at();

    /** What a scalar was written as; nothing is converted from one kind into another. */
    enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    /** @param text the scalar as written (without quotes) */
    record Scalar(Kind kind, String text, Position at) implements PolicyNode {
    }

    /** One key and its value; {@code key.at()} is where errors about the value point. */
    record Entry(Scalar key, PolicyNode value) {
        /** Where a problem with the value is shown: the value itself, or its key when nothing was written. */
        Position valueAt() {
            boolean nothingWritten = value == null
                    || value instanceof Scalar scalar && scalar.kind() == Kind.NULL && scalar.text().isEmpty();
            return nothingWritten ? key.at() : value.at();
        }

    }

    /** Keys are unique: {@link #mapping} refuses a repeated key. */
    record Mapping(List<Entry> entries, Position at) implements PolicyNode {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** Deeper than any policy needs (four levels); a bound keeps hostile nesting from exhausting the stack. */
    int MAX_DEPTH = 20;

    /**
     * A mapping, refusing a key written twice: keeping either one would decide on half of what the
     * file says (two floors for one control, two thresholds).
     */
    static Mapping mapping(String source, List<Entry> entries, Position at) {
        Map<String, Position> seen = new HashMap<>();
        for (Entry entry : entries) {
            Position first = seen.putIfAbsent(entry.key().text(), entry.key().at());
            if (first != null) {
                Position second = entry.key().at();
                throw new InvalidInputException(source, second.line(), second.column(), null, "the key '"
                        + PolicyBinder.shown(entry.key().text()) + "' appears twice (line " + first.line()
                        + " and line " + second.line() + "); expected each key once");
            }
        }
        return new Mapping(entries, at);
    }

    static InvalidInputException tooDeep(String source, Position at) {
        return new InvalidInputException(source, at.line(), at.column(), null,
                "nested more than " + MAX_DEPTH + " levels deep; a policy needs four at most");
    }

    record Sequence(List<PolicyNode> items, Position at) implements PolicyNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }
}
