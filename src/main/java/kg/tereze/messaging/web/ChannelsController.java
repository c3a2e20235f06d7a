package kg.tereze.messaging.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.messaging.ChannelKind;
import kg.tereze.messaging.internal.ChannelSecret;
import kg.tereze.messaging.internal.Channels;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The municipality's messengers: the administrator connects a WhatsApp number or a Telegram bot and
 * gets what to give the messenger's side (the webhook address, and for Telegram the secret token,
 * shown in this answer only, never through the session).
 */
@Controller
@RequestMapping("/messaging/channels")
@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'AUDITOR')")
class ChannelsController {

	private final Channels channels;

	private final MessageSource messages;

	private final String publicUrl;

	ChannelsController(Channels channels, MessageSource messages, @Value("${tereze.public-url}") String publicUrl) {
		this.channels = channels;
		this.messages = messages;
		this.publicUrl = publicUrl;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of("kind", "TELEGRAM"));
		}
		model.addAttribute("channels", channels.of(CurrentTenant.require()));
		model.addAttribute("kinds", ChannelKind.values());
		model.addAttribute("publicUrl", publicUrl);
		return "messaging/channels";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		try {
			ChannelKind kind = kind(form.get("kind"));
			ChannelSecret added = channels.add(CurrentTenant.require(), kind, form.get("externalId"), form.get("token"));
			return shown(added, model);
		}
		catch (InvalidInputException e) {
			Map<String, String> typed = new HashMap<>(form);
			typed.remove("token");
			FormErrors.show("channel-form", e, typed, model, response, messages, locale);
			return list(model);
		}
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	String change(@PathVariable long id, @RequestParam(required = false) String token,
			@RequestParam(defaultValue = "false") boolean newSecret, @RequestParam(defaultValue = "false") boolean active,
			Model model, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
		try {
			ChannelSecret changed = channels.change(CurrentTenant.require(), id, token, newSecret, active);
			if (changed.secret() != null) {
				return shown(changed, model);
			}
		}
		catch (InvalidInputException e) {
			FormErrors.show("channel-" + id, e, Map.of(), model, response, messages, locale);
			return list(model);
		}
		redirect.addFlashAttribute("notice", "messaging.channel.saved");
		return "redirect:/messaging/channels";
	}

	private String shown(ChannelSecret s, Model model) {
		model.addAttribute("shown", s);
		return list(model);
	}

	static ChannelKind kind(String text) {
		try {
			return ChannelKind.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("kind", "messaging.channel.error.kind");
		}
	}
}
