package kg.tereze.billing.internal;

import kg.tereze.billing.Meter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import kg.tereze.audit.AuditAction;
import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.AccountRow;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Field controllers' routes. The accountant lays a route through the accounts of a village (or of a street in
 * it) and gives it to a controller; the controller sees only their own routes, walks them in order, reads the
 * meters and takes cash. A route's sheet says which meters are still to be read this month.
 */
@Service
public class Routes {

	private final RouteStore store;

	private final MeterStore meters;

	private final Accounts accounts;

	private final StaffUsers staff;

	private final Municipalities municipalities;

	private final AuditTrail audit;

	private final Clock clock;

	Routes(RouteStore store, MeterStore meters, Accounts accounts, StaffUsers staff,
			Municipalities municipalities, AuditTrail audit, Clock clock) {
		this.store = store;
		this.meters = meters;
		this.accounts = accounts;
		this.staff = staff;
		this.municipalities = municipalities;
		this.audit = audit;
		this.clock = clock;
	}

	/** Where a route goes: the accounts of a village, or of the street in it whose name the address starts with. */
	public record Area(Long villageId, String street) {
	}

	@Transactional
	public Route create(Tenant t, long bookId, String name, Long controllerId, Area area) {
		Book book = book(t, bookId);
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > 100) {
			throw new InvalidInputException("name", "billing.route.error.name");
		}
		StaffUser controller = controller(t, controllerId);
		long id;
		try {
			id = store.insert(book.id(), book.municipalityId(), n, controllerId, controller == null ? null : controller.fullName(),
					clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("name", "billing.route.error.nameTaken");
		}
		add(t, id, book, area);
		audit.record(AuditRecord.created("billing_route", id, book.municipalityId(), Map.of("name", n)));
		return require(t, id);
	}

	/** Appends the area's accounts that are on no route yet; refuses an area that adds none. */
	@Transactional
	public Route addAccounts(Tenant t, long routeId, Area area) {
		Route r = require(t, routeId);
		add(t, r.id(), book(t, r.bookId()), area);
		return require(t, r.id());
	}

	private void add(Tenant t, long routeId, Book book, Area area) {
		if (area == null || area.villageId() == null || municipalities.villages(book.municipalityId()).stream()
			.noneMatch(v -> v.id() == area.villageId())) {
			throw new InvalidInputException("villageId", "billing.route.error.village");
		}
		String street = area.street() == null || area.street().isBlank() ? null : area.street().strip();
		if (street != null && street.length() > 100) {
			throw new InvalidInputException("street", "billing.route.error.street");
		}
		int added;
		try {
			added = store.addAccounts(routeId, book.id(), area.villageId(), street);
		}
		catch (DuplicateKeyException e) {
			// another accountant put some of these accounts on a route at the same moment
			added = 0;
		}
		if (added == 0) {
			throw new InvalidInputException(street == null ? "villageId" : "street", "billing.route.error.noAccounts");
		}
	}

	@Transactional
	public Route removeStop(Tenant t, long routeId, String accountNumber) {
		Route r = require(t, routeId);
		PayerAccount a = accounts.require(t, accountNumber);
		if (!store.removeStop(r.id(), a.id())) {
			throw new NotFoundException("stop");
		}
		return require(t, r.id());
	}

	@Transactional
	public Route assign(Tenant t, long routeId, Long controllerId) {
		Route r = require(t, routeId);
		StaffUser controller = controller(t, controllerId);
		store.assign(r.id(), controllerId, controller == null ? null : controller.fullName());
		audit.record(AuditRecord.updated("billing_route", r.id(), t.requireMunicipality(),
				Map.of("controller", String.valueOf(r.controllerName())),
				Map.of("controller", controller == null ? "" : controller.fullName())));
		return require(t, r.id());
	}

	@Transactional
	public void delete(Tenant t, long routeId) {
		Route r = require(t, routeId);
		store.delete(r.id());
		audit.record(new AuditRecord(AuditAction.DELETE, "billing_route", String.valueOf(r.id()), t.requireMunicipality(),
				Map.of("name", r.name()), null));
	}

	/** Routes of the books the user sees; a controller sees only the routes given to them. */
	public List<Route> list(Tenant t) {
		Long[] books = accounts.books(t).stream().map(Book::id).toArray(Long[]::new);
		return store.of(books, controllerOnly(t) ? t.userId() : null);
	}

	public Route require(Tenant t, long routeId) {
		return store.find(accounts.bookIds(t), controllerOnly(t) ? t.userId() : null, routeId)
			.orElseThrow(() -> new NotFoundException("route"));
	}

	/** The route in walking order with balances, meters in place, and which were read since the 1st of the month. */
	public RouteSheet sheet(Tenant t, long routeId) {
		Route r = require(t, routeId);
		List<Long> order = store.stops(r.id());
		Map<Long, AccountRow> rows = accounts.withBalances(t, order);
		List<AccountRow> stops = order.stream().map(rows::get).filter(Objects::nonNull).toList();
		Long[] ids = order.toArray(Long[]::new);
		Map<Long, List<Meter>> metersOf = meters.inPlaceOn(ids).stream().collect(Collectors.groupingBy(Meter::accountId));
		Long[] meterIds = metersOf.values().stream().flatMap(List::stream).map(Meter::id).toArray(Long[]::new);
		LocalDate monthStart = LocalDate.now(clock.withZone(Formats.BISHKEK)).withDayOfMonth(1);
		Set<Long> read = new HashSet<>(store.readSince(meterIds, monthStart));
		List<RouteSheet.Stop> sheet = new ArrayList<>();
		for (int i = 0; i < stops.size(); i++) {
			PayerAccount a = stops.get(i).account();
			sheet.add(new RouteSheet.Stop(i + 1, a, stops.get(i).balance(),
					metersOf.getOrDefault(a.id(), List.of()).stream()
						.map(m -> new RouteSheet.StopMeter(m, read.contains(m.id()))).toList()));
		}
		return new RouteSheet(r, sheet);
	}

	/** The controllers a route may be given to. */
	public List<StaffUser> controllers(Tenant t) {
		return staff.withRole(t, Role.CONTROLLER);
	}

	private StaffUser controller(Tenant t, Long controllerId) {
		if (controllerId == null) {
			return null;
		}
		return controllers(t).stream().filter(u -> u.id() == controllerId).findFirst()
			.orElseThrow(() -> new InvalidInputException("controllerId", "billing.route.error.controller"));
	}

	private Book book(Tenant t, long bookId) {
		return accounts.books(t).stream().filter(b -> b.id() == bookId).findFirst()
			.orElseThrow(() -> new NotFoundException("book"));
	}

	/** A controller without a desk role sees only their own routes. */
	private static boolean controllerOnly(Tenant t) {
		return t.hasRole("CONTROLLER") && !t.hasRole("ACCOUNTANT") && !t.hasRole("HEAD") && !t.hasRole("AUDITOR");
	}
}
