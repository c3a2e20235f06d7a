package kg.tereze.ledger.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kg.tereze.ledger.AccountFilter;
import kg.tereze.ledger.AccountNumber;
import kg.tereze.ledger.AccountRow;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.ledger.HolderKind;
import kg.tereze.ledger.NewPayerAccount;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.Latin;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payer accounts, and lists of them with their balances. */
@Repository
public class AccountStore {

	private static final String SELECT = """
			select a.*, b.enterprise_id from payer_account a join ledger_book b on b.id = a.book_id""";

	private static final String WITH_BALANCE = """
			select a.*, b.enterprise_id,
			       coalesce((select sum(e.amount) from ledger_entry e where e.account_id = a.id), 0) as balance
			  from payer_account a join ledger_book b on b.id = a.book_id""";

	private final JdbcClient jdbc;

	AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long bookId, long municipalityId, NewPayerAccount a, Instant at, Long userId) {
		long sequence = jdbc.sql("select nextval('payer_account_seq')").query(Long.class).single();
		AccountNumber number = AccountNumber.of(sequence);
		return jdbc.sql("""
				insert into payer_account (book_id, municipality_id, number, holder_kind, category, household_id, person_id,
				  holder_name, village_id, address, phone, search_text, opened_on, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(bookId, municipalityId, number.value(), a.holderKind().name(), a.category().name(), a.householdId(),
					a.personId(), a.holderName(), a.villageId(), a.address(), a.phone(),
					searchText(a.holderName(), a.address()), a.openedOn(), at.atOffset(ZoneOffset.UTC), userId)
			.query(Long.class).single();
	}

	/** Lower case, in both scripts, so that one LIKE finds "Азамат" typed as "azamat". */
	static String searchText(String name, String address) {
		String text = name + (address == null ? "" : " " + address);
		return (text + " " + Latin.of(text)).toLowerCase(Locale.ROOT);
	}

	/** These accounts with their balances, in one query (a controller's route). */
	public List<AccountRow> withBalances(Long[] ids) {
		return jdbc.sql(WITH_BALANCE + " where a.id = any(?)").param(ids).query(AccountStore::withBalance).list();
	}

	/** The account, if it is in the municipality (and, for an enterprise's staff, in its enterprise's book). */
	public Optional<PayerAccount> find(long municipalityId, Long enterpriseId, long id) {
		return jdbc.sql(SELECT + " where a.id = ? and a.municipality_id = ? and (cast(? as bigint) is null or b.enterprise_id = ?)")
			.params(id, municipalityId, enterpriseId, enterpriseId).query(AccountStore::row).optional();
	}

	public Optional<PayerAccount> byNumber(long municipalityId, String number) {
		return jdbc.sql(SELECT + " where a.number = ? and a.municipality_id = ?").params(number, municipalityId)
			.query(AccountStore::row).optional();
	}

	public Optional<PayerAccount> byNumber(String number) {
		return jdbc.sql(SELECT + " where a.number = ?").param(number).query(AccountStore::row).optional();
	}

	public Optional<PayerAccount> byPerson(long bookId, long personId) {
		return jdbc.sql(SELECT + " where a.book_id = ? and a.person_id = ?").params(bookId, personId)
			.query(AccountStore::row).optional();
	}

	public boolean anyIn(long bookId) {
		return jdbc.sql("select exists (select 1 from payer_account where book_id = ?)").param(bookId)
			.query(Boolean.class).single();
	}

	public ResultPage<AccountRow> page(List<Long> bookIds, AccountFilter f, int page, int size) {
		Query q = where(bookIds, f);
		// Balances are summed for the count only when the filter is on them.
		String counted = q.having.isEmpty() ? "select count(*) from payer_account a join ledger_book b on b.id = a.book_id" + q.sql
				: "select count(*) from (" + WITH_BALANCE + q.sql + ") x" + q.having;
		long total = jdbc.sql(counted).params(q.args).query(Long.class).single();
		List<Object> args = new ArrayList<>(q.args);
		args.add(size);
		args.add((long) page * size);
		List<AccountRow> items = jdbc.sql("select * from (" + WITH_BALANCE + q.sql + ") x" + q.having
				+ order(f.sortOrDefault()) + " limit ? offset ?")
			.params(args).query(AccountStore::withBalance).list();
		return new ResultPage<>(items, total, page, size);
	}

	public List<AccountRow> all(List<Long> bookIds, AccountFilter f, int limit) {
		Query q = where(bookIds, f);
		List<Object> args = new ArrayList<>(q.args);
		args.add(limit);
		return jdbc.sql("select * from (" + WITH_BALANCE + q.sql + ") x" + q.having + order(f.sortOrDefault()) + " limit ?")
			.params(args).query(AccountStore::withBalance).list();
	}

	private static String order(AccountFilter.Sort sort) {
		return switch (sort) {
			case NUMBER -> " order by number";
			case NAME -> " order by holder_name, number";
			case DEBT -> " order by balance desc, number";
		};
	}

	private record Query(String sql, String having, List<Object> args) {
	}

	private static Query where(List<Long> bookIds, AccountFilter f) {
		StringBuilder sql = new StringBuilder(" where a.book_id = any(?)");
		List<Object> args = new ArrayList<>();
		args.add(bookIds.toArray(Long[]::new));
		if (f.enterpriseId() != null) {
			sql.append(" and b.enterprise_id = ?");
			args.add(f.enterpriseId());
		}
		if (f.villageId() != null) {
			sql.append(" and a.village_id = ?");
			args.add(f.villageId());
		}
		String text = f.text() == null ? "" : f.text().strip();
		if (text.replaceAll("[\\s-]", "").matches("[0-9]{1,8}")) {
			sql.append(" and a.number like ?");
			args.add(text.replaceAll("[\\s-]", "") + "%");
		}
		else if (!text.isEmpty()) {
			String lower = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			sql.append(" and (a.search_text like ? or a.search_text like ?)");
			args.add("%" + lower + "%");
			args.add("%" + Latin.of(lower).toLowerCase(Locale.ROOT) + "%");
		}
		String having = "";
		if (f.minDebt() != null) {
			having = " where balance >= ?";
			args.add(Math.max(1, f.minDebt()));
		}
		return new Query(sql.toString(), having, args);
	}

	static PayerAccount row(ResultSet rs, int n) throws SQLException {
		return new PayerAccount(rs.getLong("id"), rs.getLong("book_id"), rs.getLong("municipality_id"),
				rs.getObject("enterprise_id", Long.class), new AccountNumber(rs.getString("number")),
				HolderKind.valueOf(rs.getString("holder_kind")), CustomerCategory.valueOf(rs.getString("category")),
				rs.getObject("household_id", Long.class), rs.getObject("person_id", Long.class),
				rs.getString("holder_name"), rs.getObject("village_id", Long.class), rs.getString("address"),
				rs.getString("phone"), rs.getObject("opened_on", LocalDate.class));
	}

	private static AccountRow withBalance(ResultSet rs, int n) throws SQLException {
		return new AccountRow(row(rs, n), Som.ofTyiyn(rs.getLong("balance")));
	}
}
