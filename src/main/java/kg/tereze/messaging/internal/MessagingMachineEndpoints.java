package kg.tereze.messaging.internal;

import kg.tereze.shared.MachineEndpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the messengers may reach: each webhook proves its sender by the channel's secret. */
@Configuration(proxyBeanMethods = false)
class MessagingMachineEndpoints {

	@Bean
	MachineEndpoint whatsAppSubscription() {
		return new MachineEndpoint("GET", "/webhooks/whatsapp", "hub.verify_token equal to tereze.whatsapp.verify-token");
	}

	@Bean
	MachineEndpoint whatsAppDeliveries() {
		return new MachineEndpoint("POST", "/webhooks/whatsapp", "X-Hub-Signature-256: HMAC-SHA256 of the body with the app secret");
	}

	@Bean
	MachineEndpoint telegramDeliveries() {
		return new MachineEndpoint("POST", "/webhooks/telegram", "X-Telegram-Bot-Api-Secret-Token of the municipality's bot");
	}
}
