package kg.tereze.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments as they came in, each with its receipt number and its ledger entry. */
@Repository
public class PaymentStore {

	/** One stored payment. */
	public record PaymentRow(long id, long municipalityId, long accountId, long ledgerEntryId, String channel,
			Long shiftId, String receiptNumber, Som amount, Instant paidAt, String payerName,
			String takenByName) {
	}

	private final JdbcClient jdbc;

	PaymentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long municipalityId, long accountId, long entryId, String channel, Long shiftId, String receipt,
			Som amount, Instant at, String payerName, long userId, String userName) {
		return jdbc.sql("""
				insert into payment (municipality_id, account_id, ledger_entry_id, channel, shift_id, receipt_number, amount,
				  paid_at, payer_name, taken_by, taken_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(municipalityId, accountId, entryId, channel, shiftId, receipt, amount.tyiyn(),
					at.atOffset(ZoneOffset.UTC), payerName, userId, userName)
			.query(Long.class).single();
	}

	public Optional<PaymentRow> byReceipt(long municipalityId, String receipt) {
		return jdbc.sql("select * from payment where municipality_id = ? and receipt_number = ?")
			.params(municipalityId, receipt).query(PaymentStore::row).optional();
	}

	/** The shift's payments, newest first, at most {@code limit}. */
	public List<PaymentRow> ofShift(long municipalityId, long shiftId, int limit) {
		return jdbc.sql("select * from payment where municipality_id = ? and shift_id = ? order by id desc limit ?")
			.params(municipalityId, shiftId, limit)
			.query(PaymentStore::row).list();
	}

	private static PaymentRow row(ResultSet rs, int n) throws SQLException {
		return new PaymentRow(rs.getLong("id"), rs.getLong("municipality_id"), rs.getLong("account_id"),
				rs.getLong("ledger_entry_id"), rs.getString("channel"), rs.getObject("shift_id", Long.class),
				rs.getString("receipt_number"), Som.ofTyiyn(rs.getLong("amount")),
				rs.getObject("paid_at", OffsetDateTime.class).toInstant(), rs.getString("payer_name"),
				rs.getString("taken_by_name"));
	}
}
