package kg.tereze.payments.internal;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kg.tereze.shared.Csv;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;

/**
 * An agent's daily statement as a CSV file: a header row naming the columns {@code txn_id},
 * {@code account}, {@code sum} and, if it has one, {@code txn_date} (YYYYMMDDHHMMSS as in the
 * protocol, or ISO), separated by commas or semicolons, in UTF-8. Unreadable rows become findings;
 * a file that is not such a statement at all is refused.
 */
final class AgentStatementFile {

	static final int MAX_ROWS = 100_000;

	private static final DateTimeFormatter OSMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("txn_id", "txn"), Map.entry("txn", "txn"),
			Map.entry("id", "txn"), Map.entry("account", "account"), Map.entry("лицевой счет", "account"),
			Map.entry("лицевой счёт", "account"), Map.entry("sum", "sum"), Map.entry("amount", "sum"),
			Map.entry("сумма", "sum"), Map.entry("txn_date", "date"), Map.entry("date", "date"), Map.entry("дата", "date"));

	record Read(List<AgentStatementMatch.FileRow> rows, List<ReconciliationItem> bad) {
	}

	private AgentStatementFile() {
	}

	static Read read(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "payments.reconcile.error.empty");
		}
		String text = utf8(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int eol = text.indexOf('\n');
		String header = eol < 0 ? text : text.substring(0, eol);
		char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
		List<List<String>> lines = Csv.read(new StringReader(text), separator);
		if (lines.size() > MAX_ROWS + 1) {
			throw new InvalidInputException("file", "payments.reconcile.error.tooMany", MAX_ROWS);
		}
		int txn = -1;
		int account = -1;
		int sum = -1;
		int date = -1;
		List<String> head = lines.get(0);
		for (int i = 0; i < head.size(); i++) {
			String role = NAMES.get(head.get(i).strip().toLowerCase(Locale.ROOT));
			if ("txn".equals(role)) {
				txn = i;
			}
			else if ("account".equals(role)) {
				account = i;
			}
			else if ("sum".equals(role)) {
				sum = i;
			}
			else if ("date".equals(role)) {
				date = i;
			}
		}
		if (txn < 0 || account < 0 || sum < 0) {
			throw new InvalidInputException("file", "payments.reconcile.error.columns");
		}
		List<AgentStatementMatch.FileRow> rows = new ArrayList<>();
		List<ReconciliationItem> bad = new ArrayList<>();
		for (int n = 1; n < lines.size(); n++) {
			List<String> line = lines.get(n);
			if (line.stream().allMatch(String::isBlank)) {
				continue;
			}
			int rowNo = n + 1;
			String id = cell(line, txn);
			String acc = cell(line, account);
			String reason = null;
			Som amount = AgentPayments.parseSum(cell(line, sum).replace(',', '.'));
			LocalDateTime when = date < 0 ? null : date(cell(line, date));
			if (!id.matches("[0-9A-Za-z:_-]{1,120}")) {
				reason = "payments.reconcile.reason.txn";
			}
			else if (amount == null || amount.tyiyn() <= 0) {
				reason = "payments.reconcile.reason.badSum";
			}
			else if (acc.isEmpty() || acc.length() > 40) {
				reason = "payments.reconcile.reason.badAccount";
			}
			else if (date >= 0 && when == null) {
				reason = "payments.reconcile.reason.date";
			}
			if (reason != null) {
				if (bad.size() < 1000) {
					bad.add(new ReconciliationItem(ReconciliationKind.BAD_ROW, rowNo, shorten(id), shorten(acc), null, null, null, null,
							reason));
				}
				continue;
			}
			rows.add(new AgentStatementMatch.FileRow(rowNo, id, acc, amount, when));
		}
		if (rows.isEmpty() && bad.isEmpty()) {
			throw new InvalidInputException("file", "payments.reconcile.error.empty");
		}
		return new Read(rows, bad);
	}

	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("file", "payments.reconcile.error.encoding");
		}
	}

	private static String cell(List<String> line, int i) {
		return i < line.size() ? line.get(i).strip() : "";
	}

	private static String shorten(String s) {
		return s.length() > 40 ? s.substring(0, 40) : s;
	}

	private static LocalDateTime date(String text) {
		try {
			return text.matches("[0-9]{14}") ? LocalDateTime.parse(text, OSMP) : LocalDateTime.parse(text.replace(' ', 'T'));
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
