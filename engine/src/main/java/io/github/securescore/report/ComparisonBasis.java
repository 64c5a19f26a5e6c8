package io.github.securescore.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names Microsoft's portal gives the comparison averages of Secure Score, for the Graph
 * {@code averageComparativeScore.basis} values (AllTenants, TotalSeats, IndustryTypes; live tenants also send SeatSize). A reader
 * never sees the raw API name: an unknown basis is split at its camel-case humps ("SeatBand" reads
 * "Seat band").
 */
public final class ComparisonBasis {

    private static final List<String> KNOWN = List.of("AllTenants", "TotalSeats", "SeatSize", "IndustryTypes");

    private ComparisonBasis() {
    }

    /** The reader's name of {@code basis}; not escaped. */
    public static String label(String basis) {
        if (basis == null || basis.isBlank()) {
            return "Other tenants";
        }
        return switch (basis.strip()) {
            case "AllTenants" -> "All tenants";
            case "TotalSeats", "SeatSize" -> "Tenants of similar size";
            case "IndustryTypes", "IndustryType", "Industry" -> "Tenants in your industry";
            default -> splitCamelCase(basis.strip());
        };
    }

    /**
     * The bases in a stable order: the known ones as the portal lists them, then the others by name.
     * Graph returns them in no promised order, and the chart's colours and shapes follow this order.
     */
    public static List<String> ordered(Collection<String> bases) {
        List<String> sorted = new ArrayList<>(bases);
        sorted.sort(Comparator.comparingInt(ComparisonBasis::rank).thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static int rank(String basis) {
        int i = KNOWN.indexOf(basis);
        return i < 0 ? KNOWN.size() : i;
    }

    /** "SeatBand" to "Seat band", "EMEARegion" to "EMEA region", "region_size" to "Region size". */
    static String splitCamelCase(String name) {
        StringBuilder words = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '_' || ch == '-' || Character.isWhitespace(ch)) {
                if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                    words.append(' ');
                }
                continue;
            }
            boolean hump = Character.isUpperCase(ch) && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                    || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
                    && Character.isUpperCase(name.charAt(i - 1)));
            if (hump && words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
            words.append(ch);
        }
        String[] parts = words.toString().strip().split(" ");
        StringBuilder out = new StringBuilder(words.length());
        for (int w = 0; w < parts.length; w++) {
            String part = parts[w];
            if (part.isEmpty()) {
                continue;
            }
            boolean acronym = part.length() > 1 && part.equals(part.toUpperCase(Locale.ROOT));
            if (out.length() > 0) {
                out.append(' ').append(acronym ? part : part.toLowerCase(Locale.ROOT));
            } else {
                out.append(acronym ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.length() == 0 ? "Other tenants" : out.toString();
    }
}
