package kg.tereze.web.internal;

import java.time.Instant;
import java.time.LocalDate;

import kg.tereze.shared.Formats;
import kg.tereze.shared.Som;

import org.springframework.stereotype.Component;

/** Formats for templates ({@code ${@fmt.date(x)}}): dd.MM.yyyy, Asia/Bishkek, {@code 1 234,50 сом} in every language. */
@Component("fmt")
class FormatHelper {

	public String date(Instant instant) {
		return Formats.date(instant);
	}

	public String date(LocalDate date) {
		return Formats.date(date);
	}

	public String dateTime(Instant instant) {
		return Formats.dateTime(instant);
	}

	public String money(Som amount) {
		return Formats.money(amount);
	}
}
