package kg.tereze.messaging.internal.demo;

import kg.tereze.messaging.internal.ChannelStore;
import kg.tereze.messaging.ChannelKind;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.DemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;

/**
 * Demo: Karool answers on a WhatsApp number ({@code phone_number_id} {@value #KAROOL_WHATSAPP}, app
 * secret {@code demo-app-secret}) and a Telegram bot (secret token {@value #KAROOL_TELEGRAM_SECRET});
 * Razzakov has a bot of its own. The tokens reach no real account, so answers wait in the outbox.
 */
@DemoData
@Order(480)
class DemoChannels implements ApplicationRunner {

	public static final String KAROOL_WHATSAPP = "109876543210001";

	public static final String KAROOL_TELEGRAM_SECRET = "demo-telegram-secret";

	public static final String RAZZAKOV_TELEGRAM_SECRET = "demo-telegram-secret-razzakov";

	private final ChannelStore channels;

	private final Municipalities municipalities;


	DemoChannels(ChannelStore channels, Municipalities municipalities) {
		this.channels = channels;
		this.municipalities = municipalities;
	}

	@Override
	public void run(ApplicationArguments args) {
		municipalities.findBySoate("41706255832000").ifPresent(karool -> {
			channels.insert(karool.id(), ChannelKind.WHATSAPP, KAROOL_WHATSAPP, null, "demo-whatsapp-token");
			channels.insert(karool.id(), ChannelKind.TELEGRAM, "karool_tereze_bot", KAROOL_TELEGRAM_SECRET,
					"100001:demo-karool-bot-token");
		});
		municipalities.findBySoate("41705236610010").ifPresent(razzakov -> channels.insert(razzakov.id(),
				ChannelKind.TELEGRAM, "razzakov_tereze_bot", RAZZAKOV_TELEGRAM_SECRET, "100002:demo-razzakov-bot-token"));
	}
}
