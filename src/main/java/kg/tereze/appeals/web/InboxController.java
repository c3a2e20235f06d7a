package kg.tereze.appeals.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.appeals.internal.Conversation;
import kg.tereze.appeals.internal.ConversationMessage;
import kg.tereze.appeals.internal.Inbox;
import kg.tereze.appeals.internal.ProblemReport;
import kg.tereze.appeals.internal.ProblemReports;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormErrors;
import kg.tereze.shared.FormFields;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;

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

/** The inbox: residents' threads, one thread with its messages, an answer, a report made of it. */
@Controller
@RequestMapping("/appeals")
@PreAuthorize("hasAnyRole('CLERK', 'HEAD', 'AUDITOR')")
class InboxController {

	private final Inbox inbox;

	private final ProblemReports reports;

	private final AppealsPage page;

	private final MessageSource messages;

	InboxController(Inbox inbox, ProblemReports reports, AppealsPage page, MessageSource messages) {
		this.inbox = inbox;
		this.reports = reports;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String threads(@RequestParam(required = false) String waiting, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		Tenant t = CurrentTenant.require();
		boolean waitingOnly = !"false".equals(waiting);
		ResultPage<Conversation> result = inbox.conversations(t, waitingOnly, ResultPage.safePage(page), ResultPage.safeSize(size));
		model.addAttribute("result", result);
		model.addAttribute("waitingOnly", waitingOnly);
		return "appeals/inbox";
	}

	@GetMapping("/threads/{id}")
	String thread(@PathVariable long id, Model model, Locale locale) {
		show(CurrentTenant.require(), id, model, locale);
		model.addAttribute("typed", Map.of());
		return "appeals/thread";
	}

	private void show(Tenant t, long id, Model model, Locale locale) {
		Conversation c = inbox.conversation(t, id);
		List<ConversationMessage> all = inbox.messages(c);
		page.names(t, model, locale);
		model.addAttribute("thread", c);
		model.addAttribute("person", inbox.person(t, c).orElse(null));
		model.addAttribute("messages", all);
		model.addAttribute("deliveries", inbox.deliveries(t, all));
		model.addAttribute("reports", reports.ofThread(c.id()));
		model.addAttribute("lastText", all.stream().filter(ConversationMessage::incoming).map(ConversationMessage::body)
			.filter(b -> b != null && !b.isBlank()).reduce((a, b) -> b).orElse(""));
	}

	@PostMapping("/threads/{id}/reply")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String reply(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			inbox.reply(t, id, form.get("text"));
		}
		catch (InvalidInputException e) {
			return refused(t, id, "reply-form", e, form, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "appeals.thread.replied");
		return "redirect:/appeals/threads/" + id + "#reply-form";
	}

	@PostMapping("/threads/{id}/person")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String linkPerson(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			inbox.linkPerson(t, id, form.get("pin"));
		}
		catch (InvalidInputException e) {
			return refused(t, id, "person-form", e, form, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "appeals.thread.linked");
		return "redirect:/appeals/threads/" + id;
	}

	@PostMapping("/threads/{id}/answered")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String answered(@PathVariable long id) {
		inbox.markAnswered(CurrentTenant.require(), id);
		return "redirect:/appeals";
	}

	@PostMapping("/threads/{id}/report")
	@PreAuthorize("hasAnyRole('CLERK', 'HEAD')")
	String report(@PathVariable long id, @RequestParam Map<String, String> form, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		Tenant t = CurrentTenant.require();
		ProblemReport r;
		try {
			r = inbox.fileReport(t, id, form.get("category"), form.get("description"), FormFields.number(form, "village"),
					form.get("address"));
		}
		catch (InvalidInputException e) {
			return refused(t, id, "report-form", e, form, model, response, locale);
		}
		redirect.addFlashAttribute("notice", "appeals.report.filedNotice");
		return "redirect:/appeals/reports/" + r.number();
	}

	private String refused(Tenant t, long id, String formId, InvalidInputException e, Map<String, String> form, Model model,
			HttpServletResponse response, Locale locale) {
		FormErrors.show(formId, e, form, model, response, messages, locale);
		show(t, id, model, locale);
		return "appeals/thread";
	}
}
