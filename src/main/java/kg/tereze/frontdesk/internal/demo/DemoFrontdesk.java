package kg.tereze.frontdesk.internal.demo;

import java.sql.Timestamp;
import kg.tereze.frontdesk.internal.ApplicationChange;
import kg.tereze.frontdesk.internal.ApplicationStatus;
import kg.tereze.frontdesk.internal.ApplicationStore;
import kg.tereze.frontdesk.internal.DeskService;
import kg.tereze.frontdesk.internal.ServiceCatalogStore;
import kg.tereze.frontdesk.internal.VisitStore;
import kg.tereze.shared.WorkingDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.ReferenceNumbers;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: three weeks of Karool's window (visitors served by the clerk, the registrar and the head,
 * most within a quarter of an hour), a few people waiting now, and applications at every step,
 * two of them past their deadline. Made once.
 */
@DemoData
@Order(495)
class DemoFrontdesk implements ApplicationRunner {

	private static final String[] APPLICANTS = { "Асанов Бакыт Жумабекович", "Токтогулова Айжан Мараттовна",
			"Сыдыков Эрлан Кубанычбекович", "Абдыраева Гүлнара Асановна", "Мамытов Нурлан Токтосунович",
			"Жээнбекова Чолпон Сагынбаевна", "Осмонов Азамат Бекболотович", "Турдубаева Мээрим Алмазбековна" };

	private final ServiceCatalogStore catalog;

	private final VisitStore visits;

	private final ApplicationStore applications;

	private final Municipalities municipalities;

	private final StaffUsers staff;

	private final ReferenceNumbers numbers;


	private final TransactionTemplate tx;

	private final Clock clock;

	private final JdbcClient jdbc;

	DemoFrontdesk(JdbcClient jdbc, ServiceCatalogStore catalog, VisitStore visits, ApplicationStore applications, Municipalities municipalities,
			StaffUsers staff, ReferenceNumbers numbers, TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.visits = visits;
		this.applications = applications;
		this.municipalities = municipalities;
		this.staff = staff;
		this.numbers = numbers;
		this.tx = tx;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		municipalities.findBySoate("41706255832000").ifPresent(karool -> {
			List<Long> clerks = new ArrayList<>();
			for (String u : List.of("karool.clerk", "karool.registrar", "karool.head")) {
				staff.findByUsername(u).map(StaffUser::id).ifPresent(clerks::add);
			}
			List<DeskService> services = catalog.of(karool.id());
			LocalDate today = clock.instant().atZone(Formats.BISHKEK).toLocalDate();
			if (clerks.size() == 3 && !services.isEmpty() && !visits.any(karool.id())) {
				tx.executeWithoutResult(s -> season(karool.id(), clerks, services, today));
			}
		});
	}

	private void season(long m, List<Long> clerks, List<DeskService> services, LocalDate today) {
		Random random = new Random(20261124);
		List<DeskService> quick = services.stream().filter(DeskService::instant).toList();
		List<DeskService> slow = services.stream().filter(s -> !s.instant()).toList();
		int applicant = 0;
		for (int back = 21; back >= 1; back--) {
			LocalDate day = today.minusDays(back);
			if (!WorkingDays.isWorkingDay(day)) {
				continue;
			}
			int a = 0;
			int b = 0;
			int count = 14 + random.nextInt(12);
			for (int i = 0; i < count; i++) {
				boolean application = random.nextInt(5) == 0;
				DeskService s = application ? slow.get(random.nextInt(slow.size())) : quick.get(random.nextInt(quick.size()));
				Instant arrived = at(day, LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60)));
				Instant called = arrived.plusSeconds(60L * (1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 14)));
				Instant served = random.nextInt(30) == 0 ? null : called.plusSeconds(90 + random.nextInt(application ? 900 : 300));
				String ticket = application ? "B-%03d".formatted(++b) : "A-%03d".formatted(++a);
				long clerk = clerks.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
				String outcome = null;
				if (application && served != null) {
					outcome = file(m, s, APPLICANTS[applicant++ % APPLICANTS.length], day, served, clerk, back, random);
				}
				insertPast(m, day, ticket, s.id(), arrived, called, served, clerk, outcome);
			}
		}
		for (int i = 0; i < 3; i++) {
			DeskService s = quick.get(i % quick.size());
			int n = visits.nextTicket(m, today, "A");
			visits.insert(m, today, "A-%03d".formatted(n), s.id(), null, clock.instant().minusSeconds(60L * (12 - i * 4)));
		}
	}

	/** An application registered on {@code day} and moved on as the days since allow; a few stay late. */
	private String file(long m, DeskService s, String name, LocalDate day, Instant at, long clerk, int daysAgo, Random random) {
		var ref = numbers.next(m, "APPLICATION", day.getYear());
		String text = kg.tereze.frontdesk.internal.Applications.printed(ref);
		LocalDate due = WorkingDays.after(day, s.deadlineDays());
		long id = applications.insert(m, text, s.id(), null, name, null, "+996 555 " + (100000 + random.nextInt(899999)), "",
				null, at, clerk, due);
		applications.recordChange(id, new ApplicationChange(at, clerk, null, ApplicationStatus.REGISTERED, null, null, false));
		List<ApplicationStatus> way = List.of(ApplicationStatus.ASSIGNED, ApplicationStatus.IN_PROGRESS, ApplicationStatus.READY,
				ApplicationStatus.HANDED_OVER);
		int steps = daysAgo > 14 ? (random.nextInt(4) == 0 ? 2 : 4) : daysAgo > 5 ? 1 + random.nextInt(3) : random.nextInt(2);
		ApplicationStatus from = ApplicationStatus.REGISTERED;
		for (int i = 0; i < steps; i++) {
			Instant when = at.plusSeconds(3600L * 24 * (i + 1));
			ApplicationStatus to = way.get(i);
			applications.move(id, to, clerk, null, when);
			applications.recordChange(id, new ApplicationChange(when, clerk, from, to, clerk, null, false));
			from = to;
		}
		return text;
	}

	private static Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(Formats.BISHKEK).toInstant();
	}

	/** A visit with its own past times: history only the demo writes. */
	private void insertPast(long municipalityId, LocalDate day, String ticket, long serviceId, Instant arrived, Instant called,
			Instant served, long clerkId, String outcome) {
		jdbc.sql("""
				insert into frontdesk_visit (municipality_id, day, ticket, service_id, arrived_at, called_at, served_at, clerk_id,
				  status, outcome)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(municipalityId, day, ticket, serviceId, Timestamp.from(arrived), Timestamp.from(called),
					served == null ? null : Timestamp.from(served), clerkId, served == null ? "LEFT" : "SERVED", outcome)
			.update();
	}
}
