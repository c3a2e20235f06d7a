package kg.tereze.certificates.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kg.tereze.certificates.Exemption;
import kg.tereze.certificates.FeeRate;
import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Fee rates with their history, and how each certificate's fee was settled. */
@Repository
public class FeeStore {

	private final JdbcClient jdbc;

	FeeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<FeeRate> rateOn(long municipalityId, String typeCode, LocalDate day) {
		return jdbc.sql("""
				select * from certificate_fee_rate where municipality_id = ? and type_code = ? and valid_from <= ?
				 order by valid_from desc limit 1""")
			.params(municipalityId, typeCode, day).query(FeeStore::row).optional();
	}

	public List<FeeRate> history(long municipalityId, String typeCode) {
		return jdbc.sql("select * from certificate_fee_rate where municipality_id = ? and type_code = ? order by valid_from desc")
			.params(municipalityId, typeCode).query(FeeStore::row).list();
	}

	/** A new rate from a date; setting one again for the same date replaces that day's decision. */
	public void setRate(long municipalityId, FeeRate rate, Instant at, long userId) {
		String[] exemptions = rate.exemptions().stream().map(Enum::name).sorted().toArray(String[]::new);
		jdbc.sql("""
				insert into certificate_fee_rate (municipality_id, type_code, fee, exemptions, valid_from, set_at, set_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_id, type_code, valid_from)
				do update set fee = excluded.fee, exemptions = excluded.exemptions, set_at = excluded.set_at, set_by = excluded.set_by""")
			.params(municipalityId, rate.typeCode(), rate.fee().tyiyn(), exemptions, rate.validFrom(),
					at.atOffset(ZoneOffset.UTC), userId)
			.update();
	}

	/** Fee charges already used by a certificate, among those given. */
	public Set<Long> used(List<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select fee_entry_id from certificate_fee where fee_entry_id = any(?)")
			.param(entryIds.toArray(Long[]::new)).query(Long.class).list());
	}

	public void recordSettlement(long certificateId, Som fee, Long entryId, Exemption exemption, String document) {
		jdbc.sql("""
				insert into certificate_fee (certificate_id, fee, fee_entry_id, exemption, exemption_document)
				values (?, ?, ?, ?, ?)""")
			.params(certificateId, fee.tyiyn(), entryId, exemption == null ? null : exemption.name(), document)
			.update();
	}

	private static FeeRate row(ResultSet rs, int n) throws SQLException {
		Array array = rs.getArray("exemptions");
		Set<Exemption> exemptions = Arrays.stream((String[]) array.getArray()).map(Exemption::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(Exemption.class)));
		return new FeeRate(rs.getString("type_code"), Som.ofTyiyn(rs.getLong("fee")), exemptions,
				rs.getObject("valid_from", LocalDate.class));
	}
}
