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

/** Refunds with the account they are for. */
@Repository
public class RefundStore {

	private static final String SELECT = """
			select r.*, a.number as account_number, a.holder_name from refund r
			  join ledger_account_v a on a.id = r.account_id
			""";

	private final JdbcClient jdbc;

	RefundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewRefund(long municipalityId, long accountId, String number, long amount, String reason, String basis,
			String recipientName, Instant at, long userId, String userName) {
	}

	public void insert(NewRefund r) {
		jdbc.sql("""
				insert into refund (municipality_id, account_id, number, amount, reason, basis, recipient_name, status,
				                    authorised_at, authorised_by, authorised_by_name)
				values (?, ?, ?, ?, ?, ?, ?, 'AUTHORISED', ?, ?, ?)""")
			.params(r.municipalityId(), r.accountId(), r.number(), r.amount(), r.reason(), r.basis(), r.recipientName(),
					r.at().atOffset(ZoneOffset.UTC), r.userId(), r.userName())
			.update();
	}

	public Optional<Refund> byNumber(long municipalityId, String number) {
		return jdbc.sql(SELECT + " where r.municipality_id = ? and r.number = ?").params(municipalityId, number)
			.query(RefundStore::row).optional();
	}

	/** Locked, so that a payout and a cancellation never both happen. */
	public Optional<Refund> lock(long municipalityId, String number) {
		jdbc.sql("select id from refund where municipality_id = ? and number = ? for update").params(municipalityId, number)
			.query(Long.class).optional();
		return byNumber(municipalityId, number);
	}

	public Optional<Refund> waitingFor(long accountId) {
		return jdbc.sql(SELECT + " where r.account_id = ? and r.status = 'AUTHORISED'").param(accountId)
			.query(RefundStore::row).optional();
	}

	/** A page of the given books' refunds in the order asked; {@code status} may be null (all). */
	public List<Refund> list(long municipalityId, Long[] bookIds, Refund.Status status, Refund.Sort sort, int offset,
			int limit) {
		String order = switch (sort) {
			case AMOUNT -> "r.amount desc, r.id desc";
			case ACCOUNT -> "a.number, r.id desc";
			case NEWEST -> "r.authorised_at desc, r.id desc";
		};
		return jdbc.sql(SELECT + """
				 where r.municipality_id = ? and a.book_id = any(?) and (cast(? as text) is null or r.status = ?)
				 order by %s offset ? limit ?""".formatted(order))
			.params(municipalityId, bookIds, status == null ? null : status.name(), status == null ? null : status.name(),
					offset, limit)
			.query(RefundStore::row).list();
	}

	public long count(long municipalityId, Long[] bookIds, Refund.Status status) {
		return jdbc.sql("""
				select count(*) from refund r join ledger_account_v a on a.id = r.account_id
				 where r.municipality_id = ? and a.book_id = any(?) and (cast(? as text) is null or r.status = ?)""")
			.params(municipalityId, bookIds, status == null ? null : status.name(), status == null ? null : status.name())
			.query(Long.class).single();
	}

	public void paid(long id, Instant at, long shiftId, String cashierName, String document, long entryId) {
		jdbc.sql("""
				update refund set status = 'PAID', paid_at = ?, shift_id = ?, paid_by_name = ?, recipient_document = ?,
				       ledger_entry_id = ? where id = ? and status = 'AUTHORISED'""")
			.params(at.atOffset(ZoneOffset.UTC), shiftId, cashierName, document, entryId, id).update();
	}

	public void cancelled(long id, Instant at, String userName, String reason) {
		jdbc.sql("""
				update refund set status = 'CANCELLED', cancelled_at = ?, cancelled_by_name = ?, cancel_reason = ?
				 where id = ? and status = 'AUTHORISED'""")
			.params(at.atOffset(ZoneOffset.UTC), userName, reason, id).update();
	}

	private static Refund row(ResultSet rs, int n) throws SQLException {
		return new Refund(rs.getLong("id"), rs.getString("number"), rs.getLong("account_id"),
				rs.getString("account_number"), rs.getString("holder_name"), Som.ofTyiyn(rs.getLong("amount")),
				rs.getString("reason"), rs.getString("basis"), rs.getString("recipient_name"),
				Refund.Status.valueOf(rs.getString("status")), instant(rs, "authorised_at"),
				rs.getString("authorised_by_name"), instant(rs, "paid_at"), rs.getString("paid_by_name"),
				rs.getString("recipient_document"), rs.getObject("ledger_entry_id", Long.class),
				instant(rs, "cancelled_at"), rs.getString("cancelled_by_name"), rs.getString("cancel_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}
}
