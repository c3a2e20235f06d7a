package kg.tereze.documents.web;

import java.util.List;
import java.util.Map;

import kg.tereze.documents.internal.Control;
import kg.tereze.documents.internal.Document;
import kg.tereze.documents.internal.Documents;
import kg.tereze.documents.internal.Journal;
import kg.tereze.identity.StaffUsers;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A document's card with its control: the model both the card and its refused forms show. */
@Component
class CardPage {

	private final Documents documents;

	private final Control control;

	private final StaffUsers staff;

	CardPage(Documents documents, Control control, StaffUsers staff) {
		this.documents = documents;
		this.control = control;
		this.staff = staff;
	}

	String show(Tenant t, long id, Model model) {
		Document d = documents.get(t, id);
		List<Journal> journals = documents.journals(t);
		model.addAttribute("doc", d);
		model.addAttribute("journal", journals.stream().filter(j -> j.id() == d.journalId()).findFirst().orElseThrow());
		model.addAttribute("assignments", control.assignments(t, id));
		model.addAttribute("history", control.history(t, id));
		model.addAttribute("today", documents.today());
		if (d.answerId() != null) {
			model.addAttribute("answer", documents.get(t, d.answerId()));
		}
		if (t.hasRole("HEAD")) {
			model.addAttribute("people", staff.names(t, true));
		}
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "documents/card";
	}
}
