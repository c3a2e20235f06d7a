package kg.tereze.frontdesk.internal;

import kg.tereze.messaging.Outbox;
import kg.tereze.messaging.ResidentTexts;

import org.springframework.stereotype.Component;

/**
 * Tells an applicant about their application on WhatsApp, by the phone they left, in Kyrgyz and
 * Russian. The message is queued in the caller's transaction; whether it could be queued at all (a
 * phone and a WhatsApp number of the municipality) is kept in the history, so staff know to call instead.
 */
@Component
public class ApplicantNotice {

	private final Outbox outbox;

	private final ResidentTexts texts;

	ApplicantNotice(Outbox outbox, ResidentTexts texts) {
		this.outbox = outbox;
		this.texts = texts;
	}

	public boolean tell(Application a, DeskService service, String key, Object... args) {
		if (a.phone() == null || a.phone().isBlank()) {
			return false;
		}
		var to = outbox.whatsApp(a.municipalityId(), a.phone());
		if (to.isEmpty()) {
			return false;
		}
		Object[] all = new Object[args.length + 2];
		all[0] = a.number();
		all[1] = service.name();
		System.arraycopy(args, 0, all, 2, args.length);
		outbox.send(a.municipalityId(), to.get(), texts.bilingual(key, all), "ky");
		return true;
	}
}
