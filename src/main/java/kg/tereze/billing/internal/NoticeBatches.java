package kg.tereze.billing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Lease;
import kg.tereze.shared.LeaseLostException;
import kg.tereze.shared.Leases;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Notices printed in bulk, in the background: the accounts of a village (or of the whole book) in the
 * order a controller walks them, rendered a few dozen at a time so that the page shows how far it got,
 * and joined into one PDF. A batch a stopped server left behind is done again at start-up.
 */
@Service
public class NoticeBatches {

	private static final Logger log = LoggerFactory.getLogger(NoticeBatches.class);

	/** Notices rendered at once: 16 A4 sheets. */
	static final int PIECE = 48;

	/** More than this is too much for one print job: choose a village. */
	public static final int MAX_ACCOUNTS = 20_000;

	private final NoticeBatchStore store;

	private final NoticeStore accountsOf;

	private final Notices notices;

	private final NoticePdf pdf;

	private final Catalog catalog;

	private final Accounts accounts;

	private final Municipalities municipalities;

	private final StaffUsers staff;

	private final Clock clock;

	private final Routes routes;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "notice-batch"));

	/** A batch is held this long without a sign of life; every piece of notices renews it. */
	private static final Duration LEASE = Duration.ofMinutes(2);

	private final Leases leases;

	private final Runnable takeOver;

	NoticeBatches(NoticeBatchStore store, NoticeStore accountsOf, Notices notices, NoticePdf pdf, Catalog catalog,
			Accounts accounts, Municipalities municipalities, StaffUsers staff, Clock clock, Routes routes, Leases leases) {
		this.leases = leases;
		this.takeOver = leases.takeOver(NoticeBatchStore.LEASED, UUID.class, Duration.ofSeconds(30), LEASE,
				lease -> executor.execute(() -> execute(lease)));
		this.routes = routes;
		this.store = store;
		this.accountsOf = accountsOf;
		this.notices = notices;
		this.pdf = pdf;
		this.catalog = catalog;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.staff = staff;
		this.clock = clock;
	}

	/** Starts printing a month's notices of a village, of a route (in its walking order), or of the whole book. */
	public NoticeBatch start(Tenant t, long bookId, YearMonth month, Long villageId, Long routeId, NoticeFormat format) {
		Book book = catalog.book(t, bookId);
		notices.checkMonth(month);
		if (format == null) {
			throw new InvalidInputException("format", "billing.error.format");
		}
		if (villageId != null && municipalities.villages(book.municipalityId()).stream().noneMatch(v -> v.id() == villageId)) {
			throw new InvalidInputException("village", "billing.error.village");
		}
		if (routeId != null && routes.require(t, routeId).bookId() != book.id()) {
			throw new InvalidInputException("route", "billing.route.error.otherBook");
		}
		UUID id = UUID.randomUUID();
		store.insert(id, book.id(), book.municipalityId(), month, villageId, routeId, format, t.userId(), staff.displayName(t),
				clock.instant());
		executor.execute(() -> leases.claim(NoticeBatchStore.LEASED, id, LEASE).ifPresent(this::execute));
		return store.find(new Long[] { book.id() }, id).orElseThrow();
	}

	public NoticeBatch status(Tenant t, UUID id) {
		return store.find(accounts.bookIds(t), id).orElseThrow(() -> new NotFoundException("batch"));
	}

	/** The batch's PDF, once it is done (and while it is kept). */
	public byte[] pdf(Tenant t, UUID id) {
		return store.pdf(accounts.bookIds(t), id).orElseThrow(() -> new NotFoundException("batch"));
	}

	public List<NoticeBatch> recent(Tenant t, long bookId) {
		return store.recent(catalog.book(t, bookId).id(), 10);
	}

	void execute(Lease<UUID> lease) {
		UUID id = lease.key();
		var claimed = store.claimed(lease).orElse(null);
		if (claimed == null) {
			return;
		}
		NoticeBatch b = claimed.batch();
		// the batch was authorised when it started; it reads the ledger as its starter, at the municipality's level
		Tenant tenant = new Tenant(claimed.userId(), b.startedByName(), claimed.municipalityId(), null, Set.of("ACCOUNTANT"));
		try {
			List<Long> ids = accountsOf.accountsToPrint(b.bookId(), b.villageId(), b.routeId());
			if (ids.isEmpty()) {
				leases.finish(lease, () -> store.fail(id, "billing.notices.noAccounts", clock.instant()));
				return;
			}
			if (ids.size() > MAX_ACCOUNTS) {
				leases.finish(lease, () -> store.fail(id, "billing.notices.tooMany", clock.instant()));
				return;
			}
			leases.whileHeld(lease, LEASE, () -> store.progress(id, 0, ids.size(), clock.instant()));
			List<byte[]> pieces = new ArrayList<>();
			for (int from = 0; from < ids.size(); from += PIECE) {
				List<PayerAccount> piece = ids.subList(from, Math.min(ids.size(), from + PIECE)).stream()
					.map(a -> accounts.find(tenant, a).orElseThrow()).toList();
				pieces.add(pdf.render(notices.of(tenant, piece, b.month()), b.format()));
				int done = from + piece.size();
				leases.whileHeld(lease, LEASE, () -> store.progress(id, done, ids.size(), clock.instant()));
			}
			byte[] all = merge(pieces);
			leases.finish(lease, () -> {
				store.finish(id, all, clock.instant());
				store.forgetOld(b.bookId(), 10);
			});
		}
		catch (LeaseLostException e) {
			log.warn("Notice batch {} was taken over by another node", id);
		}
		catch (RuntimeException e) {
			log.error("Notice batch {} failed", id, e);
			leases.finish(lease, () -> store.fail(id, "billing.notices.failed", clock.instant()));
		}
	}

	private static byte[] merge(List<byte[]> pieces) {
		if (pieces.size() == 1) {
			return pieces.get(0);
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFMergerUtility merger = new PDFMergerUtility();
			pieces.forEach(p -> merger.addSource(new org.apache.pdfbox.io.RandomAccessReadBuffer(p)));
			merger.setDestinationStream(out);
			merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Batches nobody holds (a stopped node's, once its lease ran out) are taken over now rather than at the next sweep. */
	public void resume() {
		takeOver.run();
	}

	@PreDestroy
	void stop() throws InterruptedException {
		executor.shutdown();
		executor.awaitTermination(30, TimeUnit.SECONDS);
	}
}
