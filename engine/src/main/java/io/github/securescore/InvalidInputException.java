package io.github.securescore;

import java.util.StringJoiner;

/**
 * Bad input from a user's file (snapshot, policy, history): says which file, where (line and
 * column, or the field) and what was expected. Front ends print {@link #getMessage()} as it
 * is, without a stack trace (CLI exit code 2): it is one line, with file content neutralised.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    /**
     * @param source  the file (or other source) that was read
     * @param line    1-based line, or 0 when unknown
     * @param column  1-based column, or 0 when unknown
     * @param field   the field path inside the file, or null
     * @param problem what is wrong and what was expected
     */
    public InvalidInputException(String source, int line, int column, String field, String problem) {
        super(format(source, line, column, field, problem));
        this.source = source;
        this.line = line;
        this.column = column;
        this.field = field;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    private static String format(String source, int line, int column, String field, String problem) {
        StringJoiner where = new StringJoiner(", ");
        if (line > 0) {
            where.add("line " + line + (column > 0 ? ", column " + column : ""));
        }
        if (field != null && !field.isEmpty()) {
            where.add(field);
        }
        // the message quotes file content: every front end may print it as it is (UntrustedText)
        return UntrustedText.line(source + (where.length() > 0 ? " (" + where + ")" : "") + ": " + problem);
    }
}
