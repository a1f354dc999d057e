package org.rahnama.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening hours in the directory's compact form, {@code Mo 09:00-12:00,13:30-17:00; Tu 09:00-12:00}, built from
 * the open-data formats (ANCT's {@code "09:00 - 12:00 / 13:30 - 17:00"} per day, service-public's day ranges).
 */
public final class OpeningHours {

    static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})[:h](\\d{2})\\s*-\\s*(\\d{1,2})[:h](\\d{2})");

    private OpeningHours() {
    }

    /** "09:00 - 12:00 / 13:30 - 17:00" → "09:00-12:00,13:30-17:00"; empty when nothing readable. */
    static String ranges(String text) {
        if (text == null) {
            return "";
        }
        List<String> ranges = new ArrayList<>();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            ranges.add(pad(m.group(1)) + ":" + m.group(2) + "-" + pad(m.group(3)) + ":" + m.group(4));
        }
        return String.join(",", ranges);
    }

    /** Joins per-day ranges (index 0 = Monday) into the compact form. */
    static String week(List<String> perDay) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < perDay.size() && i < DAYS.size(); i++) {
            if (perDay.get(i) != null && !perDay.get(i).isEmpty()) {
                parts.add(DAYS.get(i) + " " + perDay.get(i));
            }
        }
        return String.join("; ", parts);
    }

    private static final Pattern DAY_PART = Pattern.compile("(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))? (\\d.*)");

    /** Whether hours are in the compact form by weekday, "Mo-We" ranges included (not free text such as "24h/24 7j/7"). */
    public static boolean compact(String hours) {
        for (String part : hours.split(";")) {
            if (!DAY_PART.matcher(part.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The ranges of one day of the compact form ("09:00-12:00,13:30-17:00"); empty when the place is closed that day. */
    public static java.util.Optional<String> on(String week, java.time.DayOfWeek day) {
        int wanted = day.getValue() - 1;
        for (String part : week.split(";")) {
            Matcher m = DAY_PART.matcher(part.strip());
            if (m.matches()) {
                int from = DAYS.indexOf(m.group(1));
                int to = m.group(2) == null ? from : DAYS.indexOf(m.group(2));
                if (wanted >= from && wanted <= to) {
                    return java.util.Optional.of(m.group(3).strip());
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String pad(String hour) {
        return hour.length() == 1 ? "0" + hour : hour;
    }
}
