package kg.tereze.registry.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import kg.tereze.audit.AuditAction;
import kg.tereze.audit.AuditRecord;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The whole register of a municipality as it is today, one row per resident, streamed into XLSX. */
@Service
public class RegistryExport {

	private final JdbcClient jdbc;

	private final RegistryContext ctx;

	private final MessageSource messages;

	RegistryExport(JdbcClient jdbc, RegistryContext ctx, MessageSource messages) {
		this.jdbc = jdbc;
		this.ctx = ctx;
		this.messages = messages;
	}

	@Transactional
	public void write(Tenant t, OutputStream out, Locale locale) {
		long m = t.requireMunicipality();
		LocalDate today = ctx.today();
		Map<Long, String> villages = ctx.municipalities.villages(m).stream()
			.collect(Collectors.toMap(v -> v.id(), v -> v.name().in(locale)));
		List<String> headers = Arrays.stream(RegisterColumn.values()).map(c -> c.header(messages, locale)).toList();
		try (var rows = jdbc.sql("""
				select h.book_number, h.village_id, h.street, h.house, h.apartment, h.registered_on, ms.relation, p.surname,
				       p.given_name, p.patronymic, p.birth_date, p.sex, p.pin, p.citizenship, p.phone
				  from household h
				  join membership ms on ms.household_id = h.id and ms.valid_from <= :today and (ms.valid_to is null or ms.valid_to > :today)
				  join person p on p.id = ms.person_id
				 where h.municipality_id = :m
				 order by h.book_number, ms.relation <> 'HEAD', p.birth_date""")
			.param("m", m)
			.param("today", today)
			.withFetchSize(2000)
			.query((rs, i) -> List.<Object>of(rs.getString(1), villages.getOrDefault(rs.getLong(2), ""), nz(rs.getString(3)),
					nz(rs.getString(4)), nz(rs.getString(5)), Formats.date(rs.getObject(6, LocalDate.class)),
					messages.getMessage("registry.relation." + rs.getString(7), null, locale), rs.getString(8), rs.getString(9),
					nz(rs.getString(10)), Formats.date(rs.getObject(11, LocalDate.class)), rs.getString(12), nz(rs.getString(13)),
					rs.getString(14), nz(rs.getString(15))))
			.stream()) {
			Xlsx.write(out, "register", headers, rows::iterator, row -> row);
		}
		ctx.audit.record(new AuditRecord(AuditAction.EXPORT, "register", null, m, null, Map.of("date", today.toString())));
	}

	/** A list of residents leaving the office is personal data leaving it: recorded. */
	@Transactional
	public void auditSearchExport(Tenant t, String query, int rows) {
		ctx.audit.record(new AuditRecord(AuditAction.EXPORT, "register_search", null, t.requireMunicipality(), null,
				Map.of("query", query == null ? "" : query, "rows", rows)));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
