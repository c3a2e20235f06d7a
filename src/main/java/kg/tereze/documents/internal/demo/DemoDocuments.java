package kg.tereze.documents.internal.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kg.tereze.documents.internal.Channel;
import kg.tereze.documents.internal.Control;
import kg.tereze.documents.internal.Document;
import kg.tereze.documents.internal.DocumentFilter;
import kg.tereze.documents.internal.Documents;
import kg.tereze.documents.internal.NewDocument;
import kg.tereze.documents.internal.Resolution;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.DemoData;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.WorkingDays;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Karool's journals with a few weeks of letters, registered as the records keeper registers them:
 * from the district and a ministry, a reply, the head's order and citizens' appeals, one of them
 * past its term. Only where Karool has none yet.
 */
@DemoData
@Order(495)
class DemoDocuments implements ApplicationRunner {

	private final Documents documents;

	private final Municipalities municipalities;

	private final StaffUsers staff;

	private final Clock clock;

	private final Control control;

	DemoDocuments(Documents documents, Control control, Municipalities municipalities, StaffUsers staff, Clock clock) {
		this.control = control;
		this.documents = documents;
		this.municipalities = municipalities;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		municipalities.findBySoate("41706255832000").ifPresent(karool -> staff.findByUsername("karool.records").ifPresent(u -> {
			Tenant t = new Tenant(u.id(), u.username(), karool.id(), null, Set.of("RECORDS"));
			if (documents.list(t, new DocumentFilter(null, null, null, false, 0, 1)).total() > 0) {
				return;
			}
			LocalDate today = LocalDate.now(clock.withZone(Formats.BISHKEK));
			LocalDate longAgo = WorkingDays.after(today.minusDays(40), 0);
			register(t, "IN", today.minusDays(20), "Өзгөн районунун мамлекеттик администрациясы", "02-14/518", today.minusDays(22),
					Channel.EDOC, "ru", "О подготовке к отопительному сезону 2026–2027 годов: представить план до 1 декабря", 3);
			register(t, "IN", today.minusDays(9), "Кыргыз Республикасынын Саламаттык сактоо министрлиги", "11-3/2271",
					today.minusDays(12), Channel.POST, "ky", "Балдарды эмдөө боюнча маалымат берүү жөнүндө", 2);
			register(t, "OUT", today.minusDays(8), "Өзгөн районунун мамлекеттик администрациясы", null, null, Channel.EDOC, "ru",
					"Ответ на письмо № 02-14/518: план подготовки к отопительному сезону", 4);
			register(t, "ORDER", today.minusDays(6), null, null, null, Channel.HAND, "ky",
					"Кароол айылындагы суу түтүгүн оңдоо боюнча комиссия түзүү жөнүндө", 1);
			register(t, "APPEAL", longAgo, "Асанов Нурлан Бакытович", null, null, Channel.DESK, "ky",
					"Жер тилкесинин чек арасын тактоо жөнүндө арыз", 1);
			Document light = register(t, "APPEAL", today.minusDays(3), "Маматова Айгүл Маратовна", null, null, Channel.WHATSAPP, "ru",
					"Просьба восстановить уличное освещение на улице Манаса", 1);
			// the head gives the appeal to the clerk, as on any morning
			staff.findByUsername("karool.head").ifPresent(head -> staff.findByUsername("karool.clerk").ifPresent(clerk -> control
				.resolve(new Tenant(head.id(), head.username(), karool.id(), null, Set.of("HEAD")), light.id(),
						new Resolution("Подготовить ответ заявителю и восстановить освещение", null, clerk.id(), List.of()))));
		}));
	}

	private Document register(Tenant t, String journal, LocalDate received, String from, String theirNumber, LocalDate theirDate,
			Channel channel, String language, String summary, int sheets) {
		return documents.register(t, new NewDocument(journal, received, from, null, theirNumber, theirDate, channel, language, summary,
				sheets, false), null);
	}
}
