package io.github.securescore.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The charts' x axis: a time axis (runs are dated, and a gap of a month between runs shows as one),
 * from the first run's observation time to the last one's. It labels the first and the last run
 * with their dates and, between them, "nice" dates (hours, days, weeks, months or years, the finest
 * step whose labels do not overlap), so 1, 8, 120 or 10,000 runs all get a readable axis. All runs at
 * one instant (one run, or the same snapshot checked again) sit in the middle, under one label.
 */
final class TimeAxis {

    /** One label under the axis: its centre, its text, and whether it names a run (not a nice date). */
    record Label(double x, String text, boolean run) {
    }

    /** A generous width of one character of the axis font (11 px sans-serif): labels never touch. */
    static final double CHAR_WIDTH = 6.8;
    static final double GAP = 14;
    static final int FONT_SIZE = 11;

    private static final DateTimeFormatter RUN_DAY = format("d MMM yyyy");
    private static final DateTimeFormatter RUN_HOUR = format("d MMM yyyy HH:mm");

    private enum Unit { HOUR, DAY, WEEK, MONTH, YEAR }

    /** The candidate steps, finest first. */
    private record Step(Unit unit, int count, DateTimeFormatter format, long approxSeconds) {
    }

    private static final List<Step> STEPS = List.of(
            new Step(Unit.HOUR, 1, format("HH:mm"), 3_600), new Step(Unit.HOUR, 3, format("d MMM HH:mm"), 10_800),
            new Step(Unit.HOUR, 6, format("d MMM HH:mm"), 21_600), new Step(Unit.HOUR, 12, format("d MMM HH:mm"), 43_200),
            new Step(Unit.DAY, 1, format("d MMM"), 86_400), new Step(Unit.DAY, 2, format("d MMM"), 172_800),
            new Step(Unit.WEEK, 1, format("d MMM"), 604_800), new Step(Unit.WEEK, 2, format("d MMM"), 1_209_600),
            new Step(Unit.MONTH, 1, format("MMM yyyy"), 2_629_746), new Step(Unit.MONTH, 3, format("MMM yyyy"), 7_889_238),
            new Step(Unit.MONTH, 6, format("MMM yyyy"), 15_778_476), new Step(Unit.YEAR, 1, format("yyyy"), 31_556_952),
            new Step(Unit.YEAR, 2, format("yyyy"), 63_113_904), new Step(Unit.YEAR, 5, format("yyyy"), 157_784_760),
            new Step(Unit.YEAR, 10, format("yyyy"), 315_569_520), new Step(Unit.YEAR, 25, format("yyyy"), 788_923_800),
            new Step(Unit.YEAR, 100, format("yyyy"), 3_155_695_200L));

    private final Instant first;
    private final Instant last;
    private final double left;
    private final double width;

    /** An axis over {@code [first, last]} drawn from {@code left} over {@code width} pixels. */
    TimeAxis(Instant first, Instant last, double left, double width) {
        this.first = first;
        this.last = last.isBefore(first) ? first : last;
        this.left = left;
        this.width = width;
    }

    double x(Instant time) {
        long span = spanMillis();
        if (span == 0) {
            return left + width / 2;
        }
        return left + width * (time.toEpochMilli() - first.toEpochMilli()) / span;
    }

    double left() {
        return left;
    }

    double right() {
        return left + width;
    }

    /** The labels, left to right, none overlapping another (by {@link #width(String)} and {@link #GAP}). */
    List<Label> labels() {
        long span = spanMillis();
        DateTimeFormatter runFormat = span < 3 * 86_400_000L && span > 0 ? RUN_HOUR : RUN_DAY;
        Label start = new Label(x(first), runFormat.format(first), true);
        if (span == 0) {
            return List.of(start);
        }
        Label end = new Label(x(last), runFormat.format(last), true);
        if (start.text().equals(end.text()) || overlap(start, end)) {
            return List.of(start);
        }
        for (Step step : STEPS) {
            if (span / 1000 / step.approxSeconds() > width / 20) {
                continue; // far too many ticks to fit; skip without generating them
            }
            List<Label> nice = ticks(step);
            if (fits(nice)) {
                List<Label> labels = new ArrayList<>();
                labels.add(start);
                for (Label tick : nice) {
                    if (!overlap(start, tick) && !overlap(tick, end)) {
                        labels.add(tick);
                    }
                }
                labels.add(end);
                return List.copyOf(labels);
            }
        }
        return List.of(start, end);
    }

    /** The x of each nice date strictly between the first and last run, for tick marks and grid lines. */
    private List<Label> ticks(Step step) {
        List<Label> ticks = new ArrayList<>();
        ZonedDateTime t = align(first.atZone(ZoneOffset.UTC), step);
        while (!t.toInstant().isAfter(first)) {
            t = advance(t, step);
        }
        while (t.toInstant().isBefore(last)) {
            ticks.add(new Label(x(t.toInstant()), step.format().format(t), false));
            t = advance(t, step);
        }
        return ticks;
    }

    private static ZonedDateTime align(ZonedDateTime t, Step step) {
        return switch (step.unit()) {
            case HOUR -> {
                ZonedDateTime hour = t.truncatedTo(ChronoUnit.HOURS);
                yield hour.withHour(hour.getHour() - hour.getHour() % step.count());
            }
            case DAY -> {
                LocalDate day = t.toLocalDate();
                yield day.minusDays(Math.floorMod(day.toEpochDay(), step.count())).atStartOfDay(ZoneOffset.UTC);
            }
            case WEEK -> {
                LocalDate monday = t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long week = Math.floorDiv(monday.toEpochDay() - 4, 7); // 1970-01-05 was a Monday
                yield monday.minusWeeks(Math.floorMod(week, step.count())).atStartOfDay(ZoneOffset.UTC);
            }
            case MONTH -> {
                LocalDate month = t.toLocalDate().withDayOfMonth(1);
                yield month.minusMonths((month.getMonthValue() - 1) % step.count()).atStartOfDay(ZoneOffset.UTC);
            }
            case YEAR -> {
                int year = t.getYear() - Math.floorMod(t.getYear(), step.count());
                yield LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC);
            }
        };
    }

    private static ZonedDateTime advance(ZonedDateTime t, Step step) {
        return switch (step.unit()) {
            case HOUR -> t.plusHours(step.count());
            case DAY -> t.plusDays(step.count());
            case WEEK -> t.plusWeeks(step.count());
            case MONTH -> t.plusMonths(step.count());
            case YEAR -> t.plusYears(step.count());
        };
    }

    private static boolean fits(List<Label> labels) {
        for (int i = 1; i < labels.size(); i++) {
            if (overlap(labels.get(i - 1), labels.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlap(Label a, Label b) {
        return Math.abs(b.x() - a.x()) < (width(a.text()) + width(b.text())) / 2 + GAP;
    }

    static double width(String text) {
        return text.length() * CHAR_WIDTH;
    }

    private long spanMillis() {
        return last.toEpochMilli() - first.toEpochMilli();
    }

    private static DateTimeFormatter format(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC);
    }
}
