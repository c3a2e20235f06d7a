package kg.tereze.billing.internal.demo;

import kg.tereze.billing.internal.Routes;
import java.util.List;
import java.util.Set;

import kg.tereze.identity.StaffUsers;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Book;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Tenant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Demo: Karool's controller walks one street in each village that has metered households, so that the
 * controller's tablet shows routes to walk and meters to read.
 */
@DemoData
@Order(460)
class DemoRoutes implements ApplicationRunner {

	private final Routes routes;

	private final Accounts accounts;

	private final Municipalities municipalities;

	private final StaffUsers staff;

	private final JdbcClient jdbc;


	DemoRoutes(Routes routes, Accounts accounts, Municipalities municipalities, StaffUsers staff, JdbcClient jdbc) {
		this.routes = routes;
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.staff = staff;
		this.jdbc = jdbc;
	}

	/** A village and the street in it with the most meters. */
	private record Street(long villageId, String street) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Enterprise water = municipalities.enterpriseByCode("KAROOLSUU").orElse(null);
		var accountant = staff.findByUsername("karool.accountant").orElse(null);
		var controller = staff.findByUsername("karool.controller").orElse(null);
		if (water == null || accountant == null || controller == null) {
			return;
		}
		Tenant t = new Tenant(accountant.id(), accountant.username(), water.municipalityId(), water.id(), Set.of("ACCOUNTANT"));
		Book book = accounts.books(t).get(0);
		if (!routes.list(t).isEmpty()) {
			return;
		}
		List<Street> streets = jdbc.sql("""
				select distinct on (a.village_id) a.village_id, split_part(a.address, ',', 1) as street, count(*) as meters
				  from ledger_account_v a join billing_meter m on m.account_id = a.id and m.removed_on is null
				 where a.book_id = ? and a.village_id is not null and a.address like '%,%'
				 group by 1, 2 order by a.village_id, meters desc, street""")
			.param(book.id()).query((rs, n) -> new Street(rs.getLong(1), rs.getString(2))).list();
		for (Street s : streets) {
			String village = municipalities.villages(water.municipalityId()).stream().filter(v -> v.id() == s.villageId())
				.map(v -> v.name().ky()).findFirst().orElse("");
			routes.create(t, book.id(), village + ": " + s.street(), controller.id(), new Routes.Area(s.villageId(), s.street()));
		}
	}
}
