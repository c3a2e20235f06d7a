package kg.tereze.billing.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.billing.internal.Route;
import kg.tereze.billing.internal.RouteSheet;
import kg.tereze.billing.internal.Routes;
import kg.tereze.shared.CurrentTenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controllers' routes for the tablet: the accountant lays them out; a controller lists their own and downloads
 * a route's sheet before going out. Readings go to the meters API with source TABLET.
 */
@RestController
@RequestMapping("/api/v1/billing/routes")
@Tag(name = "Routes", description = "Field controllers' routes: accounts in walking order with balances and meters to read")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class RoutesApi {

	record NewRoute(Long bookId, String name, Long controllerId, Long villageId, String street) {
	}

	record AreaRequest(Long villageId, String street) {
	}

	record ControllerRequest(Long controllerId) {
	}

	record MeterView(long id, String number, String service, String lastValue, LocalDate lastOn, boolean readThisMonth) {
	}

	record StopView(int position, String account, String holder, String address, String balance, List<MeterView> meters) {
	}

	record SheetView(Route route, long meters, long readThisMonth, List<StopView> stops) {

		static SheetView of(RouteSheet s) {
			return new SheetView(s.route(), s.meters(), s.readThisMonth(), s.stops().stream()
				.map(p -> new StopView(p.position(), p.account().number().value(), p.account().holderName(),
						p.account().address(), p.balance().toBigDecimal().toPlainString(),
						p.meters().stream().map(m -> new MeterView(m.meter().id(), m.meter().number(),
								m.meter().service().code(), m.meter().last().value().toPlainString(), m.meter().last().on(),
								m.readThisMonth())).toList()))
				.toList());
		}
	}

	private final Routes routes;

	RoutesApi(Routes routes) {
		this.routes = routes;
	}

	@Operation(summary = "Routes of the books the caller sees; a controller gets only their own")
	@GetMapping
	List<Route> list() {
		return routes.list(CurrentTenant.require());
	}

	@Operation(summary = "Lay a route through a village's accounts (or a street's: the start of the address) not on a route yet")
	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<Route> create(@RequestBody NewRoute r) {
		var t = CurrentTenant.require();
		long book = r.bookId() == null ? -1 : r.bookId();
		return ResponseEntity.status(201).body(routes.create(t, book, r.name(), r.controllerId(),
				new Routes.Area(r.villageId(), r.street())));
	}

	@Operation(summary = "The route's sheet: stops in walking order with balance and meters, and what is read this month")
	@GetMapping("/{id}")
	SheetView sheet(@PathVariable long id) {
		return SheetView.of(routes.sheet(CurrentTenant.require(), id));
	}

	@PostMapping("/{id}/accounts")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	Route add(@PathVariable long id, @RequestBody AreaRequest r) {
		return routes.addAccounts(CurrentTenant.require(), id, new Routes.Area(r.villageId(), r.street()));
	}

	@DeleteMapping("/{id}/accounts/{number}")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	Route remove(@PathVariable long id, @PathVariable String number) {
		return routes.removeStop(CurrentTenant.require(), id, number);
	}

	@PutMapping("/{id}/controller")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	Route assign(@PathVariable long id, @RequestBody ControllerRequest r) {
		return routes.assign(CurrentTenant.require(), id, r.controllerId());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	ResponseEntity<Void> delete(@PathVariable long id) {
		routes.delete(CurrentTenant.require(), id);
		return ResponseEntity.noContent().build();
	}
}
