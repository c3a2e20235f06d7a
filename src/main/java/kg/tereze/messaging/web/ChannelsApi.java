package kg.tereze.messaging.web;

import java.net.URI;
import java.util.List;

import kg.tereze.messaging.internal.ChannelSecret;
import kg.tereze.messaging.internal.ChannelView;
import kg.tereze.messaging.internal.Channels;
import kg.tereze.shared.CurrentTenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's WhatsApp numbers and Telegram bots; tokens go in and never come out. */
@RestController
@RequestMapping("/api/v1/messaging/channels")
@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'AUDITOR')")
class ChannelsApi {

	record ChannelIn(String kind, String externalId, String token) {
	}

	record ChangeIn(String token, Boolean newSecret, Boolean active) {
	}

	private final Channels channels;

	ChannelsApi(Channels channels) {
		this.channels = channels;
	}

	@GetMapping
	List<ChannelView> all() {
		return channels.of(CurrentTenant.require());
	}

	/** 201; for a Telegram bot the answer carries the secret token for setWebhook, the only time it is shown. */
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<ChannelSecret> add(@RequestBody ChannelIn in) {
		ChannelSecret added = channels.add(CurrentTenant.require(), ChannelsController.kind(in.kind()), in.externalId(),
				in.token());
		return ResponseEntity.created(URI.create("/api/v1/messaging/channels/" + added.channel().id())).body(added);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ChannelSecret change(@PathVariable long id, @RequestBody ChangeIn in) {
		var t = CurrentTenant.require();
		boolean active = in.active() != null ? in.active() : channels.require(t, id).active();
		return channels.change(t, id, in.token(), Boolean.TRUE.equals(in.newSecret()), active);
	}
}
