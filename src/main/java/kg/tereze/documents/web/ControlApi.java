package kg.tereze.documents.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.documents.internal.Assignment;
import kg.tereze.documents.internal.Control;
import kg.tereze.documents.internal.Discipline;
import kg.tereze.documents.internal.DocumentEvent;
import kg.tereze.documents.internal.Resolution;
import kg.tereze.shared.CurrentTenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Resolutions and control of execution. Any staff member may be an executor; the head resolves and extends. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents: control of execution", description = "The head's resolutions, executors' reports, taking off control")
@PreAuthorize("isAuthenticated() and !hasRole('SYSTEM_ADMIN')")
class ControlApi {

	record Extension(LocalDate dueOn, String reason) {
	}

	record Report(String report, String answer) {
	}

	record Delegation(Long executor, String instruction, LocalDate dueOn) {
	}

	private final Control control;

	ControlApi(Control control) {
		this.control = control;
	}

	@Operation(summary = "The head's resolution: instruction, deadline (the document's term when not given), responsible and co-executors")
	@PostMapping("/{id}/resolution")
	@PreAuthorize("hasRole('HEAD')")
	ResponseEntity<List<Assignment>> resolve(@PathVariable long id, @RequestBody(required = false) Resolution r) {
		Resolution typed = r == null ? new Resolution(null, null, null, List.of()) : r;
		return ResponseEntity.status(201).body(control.resolve(CurrentTenant.require(), id, typed));
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasRole('HEAD')")
	Object extend(@PathVariable long id, @RequestBody(required = false) Extension e) {
		Extension typed = e == null ? new Extension(null, null) : e;
		return control.extend(CurrentTenant.require(), id, typed.dueOn(), typed.reason());
	}

	@Operation(summary = "Take off control: the responsible executor has reported (and, for an appeal, the answer is linked)")
	@PostMapping("/{id}/taken-off")
	@PreAuthorize("hasAnyRole('HEAD', 'RECORDS')")
	Object takeOff(@PathVariable long id) {
		return control.takeOff(CurrentTenant.require(), id);
	}

	@GetMapping("/{id}/assignments")
	@PreAuthorize("hasAnyRole('RECORDS', 'CLERK', 'HEAD', 'AUDITOR')")
	List<Assignment> assignments(@PathVariable long id) {
		return control.assignments(CurrentTenant.require(), id);
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAnyRole('RECORDS', 'CLERK', 'HEAD', 'AUDITOR')")
	List<DocumentEvent> history(@PathVariable long id) {
		return control.history(CurrentTenant.require(), id);
	}

	@Operation(summary = "Open assignments: the caller's own (mine), or everybody's due within days (0: overdue)")
	@GetMapping("/assignments")
	List<Assignment> open(@RequestParam(defaultValue = "mine") String scope, @RequestParam(defaultValue = "3") int days) {
		if ("mine".equals(scope)) {
			return control.mine(CurrentTenant.require());
		}
		if (!CurrentTenant.require().hasRole("HEAD") && !CurrentTenant.require().hasRole("RECORDS")
				&& !CurrentTenant.require().hasRole("AUDITOR")) {
			throw new org.springframework.security.access.AccessDeniedException("everybody's assignments");
		}
		return control.due(CurrentTenant.require(), Math.max(0, Math.min(days, 365)));
	}

	@Operation(summary = "Execution discipline by responsible executor for documents resolved from one day to another (at most two years)")
	@GetMapping("/discipline")
	@PreAuthorize("hasAnyRole('HEAD', 'RECORDS', 'AUDITOR')")
	List<Discipline> discipline(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
		return control.discipline(CurrentTenant.require(), from, to);
	}

	@Operation(summary = "The executor hands a part of their own assignment to a colleague, by a deadline no later than theirs")
	@PostMapping("/assignments/{id}/delegation")
	ResponseEntity<Assignment> delegate(@PathVariable long id, @RequestBody(required = false) Delegation d) {
		Delegation typed = d == null ? new Delegation(null, null, null) : d;
		return ResponseEntity.status(201)
			.body(control.delegate(CurrentTenant.require(), id, typed.executor(), typed.instruction(), typed.dueOn()));
	}

	@Operation(summary = "The executor's report on their own assignment, with the number of the outgoing answer if there is one")
	@PostMapping("/assignments/{id}/report")
	Assignment report(@PathVariable long id, @RequestBody(required = false) Report r) {
		Report typed = r == null ? new Report(null, null) : r;
		return control.report(CurrentTenant.require(), id, typed.report(), typed.answer());
	}
}
