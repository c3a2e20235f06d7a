package kg.tereze.payments.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Som;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily check of a payment agent: the statement file the agent sends for a day is set against
 * the payments Tereze took from that agent in this municipality, and what is missing on either side
 * or differs is listed. Each check is kept; nothing in the ledger changes by it.
 */
@Service
public class AgentReconciliations {

	public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

	private final AgentStore agents;

	private final ReconciliationStore store;

	private final AuditTrail audit;

	private final Clock clock;

	AgentReconciliations(AgentStore agents, ReconciliationStore store, AuditTrail audit, Clock clock) {
		this.agents = agents;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PaymentAgent> agents(Tenant t) {
		requireReader(t);
		return agents.serving(t.requireMunicipality());
	}

	@Transactional
	public Reconciliation reconcile(Tenant t, String agentCode, LocalDate day, String fileName, byte[] content) {
		if (!t.hasRole("ACCOUNTANT") && !t.hasRole("HEAD")) {
			throw new NotFoundException("reconciliation");
		}
		long m = t.requireMunicipality();
		PaymentAgent agent = agents.serving(m).stream().filter(a -> a.code().equals(agentCode == null ? "" : agentCode.strip()))
			.findFirst().orElseThrow(() -> new InvalidInputException("agent", "payments.reconcile.error.agent"));
		LocalDate today = clock.instant().atZone(Formats.BISHKEK).toLocalDate();
		if (day == null || day.isAfter(today) || day.isBefore(today.minusYears(3))) {
			throw new InvalidInputException("day", "payments.reconcile.error.day");
		}
		if (content != null && content.length > MAX_FILE_BYTES) {
			throw new InvalidInputException("file", "payments.reconcile.error.tooLarge", MAX_FILE_BYTES / 1024 / 1024);
		}
		AgentStatementFile.Read read = AgentStatementFile.read(content);
		List<String> named = read.rows().stream().map(AgentStatementMatch.FileRow::txnId).toList();
		Map<String, AgentStatementMatch.OurTxn> ours = new LinkedHashMap<>();
		Set<String> ofTheDay = new LinkedHashSet<>();
		for (ReconciliationStore.OurRow r : store.ours(agent.id(), m, named, day)) {
			ours.put(r.txnId(), new AgentStatementMatch.OurTxn(r.txnId(), r.account(), Som.ofTyiyn(r.amount()), r.txnDate()));
			if (!r.txnDate().toLocalDate().isBefore(day) && r.txnDate().toLocalDate().isBefore(day.plusDays(1))) {
				ofTheDay.add(r.txnId());
			}
		}
		Set<String> ourAccounts = store.accountsOf(m, read.rows().stream().map(AgentStatementMatch.FileRow::account).distinct().toList());
		AgentStatementMatch.Result result = AgentStatementMatch.match(read.rows(), read.bad(), ours, ofTheDay, ourAccounts::contains);
		String name = fileName == null || fileName.isBlank() ? "statement.csv" : fileName.strip();
		Instant now = clock.instant();
		long id = store.insert(m, agent.id(), day, name.length() > 200 ? name.substring(0, 200) : name, sha256(content),
				t.userId(), now, read.rows().size() + read.bad().size(), result.otherRows(), result.matched(),
				result.matchedAmount().tyiyn(), result.count(ReconciliationKind.MISSING_HERE),
				result.count(ReconciliationKind.MISSING_THERE), result.count(ReconciliationKind.MISMATCH),
				result.count(ReconciliationKind.BAD_ROW));
		store.insertItems(id, result.items());
		Reconciliation done = store.find(m, id).orElseThrow();
		audit.record(AuditRecord.created("agent_reconciliation", id, m, Map.of("agent", agent.code(), "day", day.toString(),
				"matched", done.matched(), "missingHere", done.missingHere(), "missingThere", done.missingThere(),
				"mismatched", done.mismatched())));
		return done;
	}

	public ResultPage<Reconciliation> list(Tenant t, int page, int size) {
		requireReader(t);
		long m = t.requireMunicipality();
		return new ResultPage<>(store.list(m, page * size, size), store.count(m), page, size);
	}

	public Reconciliation get(Tenant t, long id) {
		requireReader(t);
		return store.find(t.requireMunicipality(), id).orElseThrow(() -> new NotFoundException("reconciliation"));
	}

	public List<ReconciliationItem> items(Reconciliation r) {
		return store.items(r.id());
	}

	private static void requireReader(Tenant t) {
		if (!t.hasRole("ACCOUNTANT") && !t.hasRole("HEAD") && !t.hasRole("AUDITOR")) {
			throw new NotFoundException("reconciliation");
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
