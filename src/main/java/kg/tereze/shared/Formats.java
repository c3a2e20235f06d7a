package kg.tereze.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates, times and money are shown in every language. Java's ky locale gives d/M/yy, which
 * nobody uses in Kyrgyzstan, so the patterns are fixed here rather than taken from the locale.
 */
public final class Formats {

	public static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private Formats() {
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public static String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(BISHKEK));
	}

	public static String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(BISHKEK));
	}

	public static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(BISHKEK));
	}

	/** The month by its name, as people say it: "ноябрь 2026", "November 2026". */
	public static String month(YearMonth month, Locale locale) {
		if (month == null) {
			return "";
		}
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale == null ? Locale.forLanguageTag("ky") : locale)
			.format(month);
	}

	/** {@code 1 234,50 сом}, with a narrow no-break space between thousands so it never wraps. */
	public static String money(Som amount) {
		if (amount == null) {
			return "";
		}
		long tyiyn = amount.tyiyn();
		String sign = tyiyn < 0 ? "-" : "";
		long abs = Math.abs(tyiyn);
		String whole = groupThousands(Long.toString(abs / 100));
		return String.format("%s%s,%02d\u00a0сом", sign, whole, abs % 100);
	}

	/** A measured quantity (m³) as people write it: {@code 1 234,5}, no trailing zeros, grouped like money. */
	public static String quantity(java.math.BigDecimal q) {
		if (q == null) {
			return "";
		}
		String plain = q.stripTrailingZeros().abs().toPlainString();
		int point = plain.indexOf('.');
		String whole = groupThousands(point < 0 ? plain : plain.substring(0, point));
		return (q.signum() < 0 ? "-" : "") + whole + (point < 0 ? "" : "," + plain.substring(point + 1));
	}

	private static String groupThousands(String digits) {
		StringBuilder out = new StringBuilder();
		int lead = digits.length() % 3;
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (i - lead) % 3 == 0) {
				out.append('\u00a0');
			}
			out.append(digits.charAt(i));
		}
		return out.toString();
	}
}
