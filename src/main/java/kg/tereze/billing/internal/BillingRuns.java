package kg.tereze.billing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.BulkCharges;
import kg.tereze.ledger.Ledger;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Lease;
import kg.tereze.shared.LeaseLostException;
import kg.tereze.shared.Leases;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly billing runs as background jobs: the accountant previews a month (totals only), then bills
 * it, and may leave the page meanwhile. A commit works through the accounts in chunks, each in its own
 * transaction with its progress; lines already billed for the month are skipped, so a run repeated, or
 * taken over from a stopped node (through {@link Leases}), never bills anyone twice. Each chunk commits
 * only while its node still holds the run's lease.
 */
@Service
public class BillingRuns {

	private static final Logger log = LoggerFactory.getLogger(BillingRuns.class);

	/** Account ids per chunk: a chunk commits in about a second at national scale. */
	static final long CHUNK = 50_000;

	/** The source of billing entries in the ledger. */
	public static final String SOURCE = "BILLING";

	private final Catalog catalog;

	private final RunStore runs;

	private final ChargeLines lines;

	private final Ledger ledger;

	private final StaffUsers staff;

	private final AuditTrail audit;

	private final TransactionTemplate tx;

	private final Clock clock;

	/** How long a run is held without a sign of life: a chunk renews it, so it is many chunks long. */
	static final Duration LEASE = Duration.ofMinutes(2);

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "billing-run"));

	private final Leases leases;

	private final Runnable takeOver;

	/** Chunks billed at once: property {@code tereze.billing.parallel}, by default one per core up to four. */
	private final ExecutorService chunkWorkers;

	private final Accounts accounts;

	BillingRuns(Catalog catalog, RunStore runs, ChargeLines lines, Ledger ledger, Accounts accounts, StaffUsers staff,
			AuditTrail audit, TransactionTemplate tx, Leases leases, Clock clock,
			@Value("${tereze.billing.parallel:#{T(java.lang.Math).min(4, T(java.lang.Runtime).getRuntime().availableProcessors())}}") int parallel) {
		this.leases = leases;
		this.accounts = accounts;
		this.takeOver = leases.takeOver(RunStore.LEASED, UUID.class, Duration.ofSeconds(30), LEASE,
				lease -> executor.execute(() -> execute(lease)));
		this.chunkWorkers = Executors.newFixedThreadPool(Math.max(1, parallel), r -> new Thread(r, "billing-chunk"));
		this.catalog = catalog;
		this.runs = runs;
		this.lines = lines;
		this.ledger = ledger;
		this.staff = staff;
		this.audit = audit;
		this.tx = tx;
		this.clock = clock;
	}

	public BillingRun start(Tenant t, long bookId, YearMonth month, RunMode mode, Locale locale) {
		Book book = catalog.book(t, bookId);
		BillingMonth bm = BillingMonth.of(month, today());
		RunMode m = mode == null ? RunMode.PREVIEW : mode;
		if (!book.isOpenOn(bm.billingDate())) {
			throw new InvalidInputException("month", "billing.error.periodClosed", Formats.date(book.closedThrough()));
		}
		UUID id = UUID.randomUUID();
		String language = locale == null ? "ky" : locale.getLanguage();
		if (!runs.insert(id, book.id(), book.municipalityId(), bm.month(), m, bm.billingDate(), t.userId(),
				staff.displayName(t), language, clock.instant())) {
			throw new InvalidInputException("month", "billing.error.runInProgress");
		}
		if (m == RunMode.COMMIT) {
			audit.record(AuditRecord.created("billing_run", id, book.municipalityId(),
					Map.of("book", book.id(), "month", bm.month().toString(), "billingDate", bm.billingDate().toString())));
		}
		executor.execute(() -> leases.claim(RunStore.LEASED, id, LEASE).ifPresent(this::execute));
		return runs.find(new Long[] { book.id() }, id).orElseThrow();
	}

	public BillingRun status(Tenant t, UUID id) {
		return runs.find(accounts.bookIds(t), id).orElseThrow(() -> new NotFoundException("run"));
	}

	public List<BillingRun> recent(Tenant t, long bookId) {
		return runs.recent(catalog.book(t, bookId).id(), 12);
	}

	void execute(Lease<UUID> lease) {
		UUID id = lease.key();
		RunStore.Claimed run = runs.claimed(lease).orElse(null);
		if (run == null) {
			return;
		}
		// the run was authorised when it started; it carries on as its starter, at the municipality's level
		Tenant tenant = new Tenant(run.userId(), run.userName(), run.municipalityId(), null, Set.of("ACCOUNTANT"));
		BillingMonth month = new BillingMonth(run.month(), run.billingDate());
		try {
			if (run.mode() == RunMode.PREVIEW) {
				RunTotals totals = lines.preview(run.bookId(), month);
				leases.finish(lease, () -> runs.finish(id, totals, clock.instant()));
				return;
			}
			List<ChargeLines.Chunk> chunks = lines.chunks(run.bookId(), CHUNK);
			leases.whileHeld(lease, LEASE, () -> runs.total(id, chunks.size(), clock.instant()));
			billInParallel(tenant, lease, run, month, chunks);
			var totals = lines.written(run.bookId(), month, id);
			leases.finish(lease, () -> {
				runs.finish(id, totals, clock.instant());
				audit.record(AuditRecord.updated("billing_run", id, run.municipalityId(), Map.of("status", "RUNNING"),
						Map.of("status", "DONE", "accounts", totals.accounts(), "amount", totals.amount().tyiyn())),
						run.userId(), run.userName());
			});
		}
		catch (LeaseLostException e) {
			log.warn("Billing run {} was taken over by another node", id);
		}
		catch (InvalidInputException e) {
			leases.finish(lease, () -> runs.fail(id, e.messageKey(), clock.instant()));
		}
		catch (RuntimeException e) {
			log.error("Billing run {} failed", id, e);
			leases.finish(lease, () -> runs.fail(id, "billing.run.failed", clock.instant()));
		}
	}

	/**
	 * Chunks are independent (each its own accounts and transaction), so several run at once: the
	 * database does the work, one connection per core. The first failure stops the rest.
	 */
	private void billInParallel(Tenant tenant, Lease<UUID> lease, RunStore.Claimed run, BillingMonth month,
			List<ChargeLines.Chunk> chunks) {
		List<Future<?>> pending = new ArrayList<>();
		for (ChargeLines.Chunk chunk : chunks) {
			pending.add(chunkWorkers.submit(() -> tx.executeWithoutResult(s -> {
				BulkCharges charges = ledger.bulkCharges(tenant, run.bookId());
				if (!charges.book().isOpenOn(month.billingDate())) {
					// the page shows the key alone, so this message carries no date to fill in
					throw new InvalidInputException("month", "billing.run.closedMeanwhile");
				}
				int written = lines.bill(run.bookId(), month, run.id(), chunk);
				charges.post(month.billingDate(), month.dueOn(), SOURCE, run.id().toString());
				// last, so that the run's row is locked only for the commit and chunks stay parallel
				leases.keep(lease, LEASE);
				runs.chunkDone(run.id(), written, clock.instant());
			})));
		}
		try {
			for (Future<?> f : pending) {
				f.get();
			}
		}
		catch (ExecutionException e) {
			pending.forEach(f -> f.cancel(false));
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
		catch (InterruptedException e) {
			pending.forEach(f -> f.cancel(false));
			Thread.currentThread().interrupt();
			throw new IllegalStateException("billing run interrupted", e);
		}
	}

	/** Runs nobody holds (a stopped node's, once its lease ran out) are taken over now rather than at the next sweep. */
	public void resume() {
		takeOver.run();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(60, TimeUnit.SECONDS);
		chunkWorkers.shutdown();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Formats.BISHKEK));
	}
}
