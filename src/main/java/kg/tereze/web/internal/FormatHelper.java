package kg.tereze.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import kg.tereze.shared.Formats;
import kg.tereze.shared.Som;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats for templates ({@code ${@fmt.date(x)}}): dd.MM.yyyy, Asia/Bishkek, {@code 1 234,50 сом} in every language. */
@Component("fmt")
class FormatHelper {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	public String date(Instant instant) {
		return Formats.date(instant);
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

	public String time(Instant instant) {
		return Formats.time(instant);
	}

	public String dateTime(Instant instant) {
		return Formats.dateTime(instant);
	}

	/** A local time as someone outside sent it (an agent's txn_date), shown as it came. */
	public String dateTime(LocalDateTime local) {
		return local == null ? "" : LOCAL.format(local);
	}

	/** "Ноябрь 2026" in the page's language. */
	public String month(YearMonth month) {
		return Formats.month(month, LocaleContextHolder.getLocale());
	}

	public String money(Som amount) {
		return Formats.money(amount);
	}

	public String tyiyn(long amount) {
		return Formats.money(Som.ofTyiyn(amount));
	}

	public String quantity(java.math.BigDecimal q) {
		return Formats.quantity(q);
	}
}
