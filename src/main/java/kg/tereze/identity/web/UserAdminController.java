package kg.tereze.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUser;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.Formats;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.ResultPage;
import kg.tereze.shared.Tenant;
import kg.tereze.shared.Xlsx;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The municipality's staff, for its administrator (a system administrator sees every municipality's). */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM_ADMIN')")
class UserAdminController {

	private final StaffUsers users;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	UserAdminController(StaffUsers users, Municipalities municipalities, MessageSource messages, Clock clock) {
		this.users = users;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "username") String sort,
			@RequestParam(defaultValue = "asc") String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		ResultPage<StaffUser> result = users.list(CurrentTenant.require(), q, sort, !"desc".equals(dir),
				ResultPage.safePage(page), ResultPage.safeSize(size));
		model.addAttribute("result", result);
		model.addAttribute("q", q);
		model.addAttribute("sort", sort);
		model.addAttribute("dir", dir);
		return "identity/users";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, HttpServletResponse response, Locale locale) throws IOException {
		Tenant me = CurrentTenant.require();
		List<StaffUser> all = users.list(me, q, "username", true, 0, 100_000).items();
		List<String> headers = List.of(msg("identity.user.username", locale), msg("identity.user.fullName", locale),
				msg("identity.user.roles", locale), msg("identity.user.enabled", locale), msg("identity.user.createdAt", locale));
		Xlsx.write(Xlsx.attachment(response, "users.xlsx"), "users", headers, all, u -> List.of(u.username(), u.fullName(),
				String.join(", ", u.roles().stream().map(r -> msg("web.role." + r.name(), locale)).sorted().toList()),
				msg(u.enabled() ? "web.common.yes" : "web.common.no", locale), Formats.date(u.createdAt())));
	}

	@GetMapping("/new")
	String newUser(@RequestParam(required = false) Long municipalityId, @RequestParam(required = false) Role role,
			Model model) {
		UserForm form = new UserForm();
		form.setMunicipalityId(municipalityId);
		if (role != null && role != Role.SYSTEM_ADMIN) {
			form.getRoles().add(role);
		}
		return form(form, model);
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, Model model, Locale locale, RedirectAttributes redirect) {
		try {
			StaffUser created = users.create(CurrentTenant.require(), form.toNewUser());
			redirect.addFlashAttribute("notice", "identity.users.created");
			return "redirect:/admin/users/" + created.id();
		}
		catch (InvalidInputException e) {
			form.setPassword(null);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return form(form, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		StaffUser user = users.get(CurrentTenant.require(), id);
		UserForm form = new UserForm();
		form.setFullName(user.fullName());
		form.setRoles(new HashSet<>(user.roles()));
		form.setEnabled(user.enabled());
		return edit(user, form, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, Model model, Locale locale,
			RedirectAttributes redirect) {
		Tenant me = CurrentTenant.require();
		try {
			users.update(me, id, form.getFullName(), form.getRoles(), form.isEnabled());
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return edit(users.get(me, id), form, model);
		}
		redirect.addFlashAttribute("notice", "web.common.saved");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		users.unlock(CurrentTenant.require(), id);
		redirect.addFlashAttribute("notice", "identity.users.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam(required = false) String password, Model model,
			Locale locale, RedirectAttributes redirect) {
		Tenant me = CurrentTenant.require();
		try {
			users.resetPassword(me, id, password);
		}
		catch (InvalidInputException e) {
			model.addAttribute("passwordMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			return show(id, model);
		}
		redirect.addFlashAttribute("notice", "identity.users.passwordReset");
		return "redirect:/admin/users/" + id;
	}

	private String form(UserForm form, Model model) {
		Tenant me = CurrentTenant.require();
		model.addAttribute("form", form);
		model.addAttribute("assignableRoles", assignableRoles(me));
		if (me.isSystemAdmin()) {
			model.addAttribute("municipalities", municipalities.all());
		}
		Long municipality = me.isSystemAdmin() ? form.getMunicipalityId() : me.municipalityId();
		model.addAttribute("enterprises", municipality == null ? List.of() : municipalities.enterprises(municipality));
		return "identity/user-new";
	}

	private String edit(StaffUser user, UserForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("assignableRoles", user.roles().contains(Role.SYSTEM_ADMIN) ? List.of(Role.SYSTEM_ADMIN)
				: assignableRoles(CurrentTenant.require()).stream().filter(r -> r != Role.SYSTEM_ADMIN).toList());
		model.addAttribute("locked", user.lockedAt(clock.instant()));
		if (user.enterpriseId() != null) {
			municipalities.enterprise(user.enterpriseId()).ifPresent(e -> model.addAttribute("enterprise", e));
		}
		if (user.municipalityId() != null) {
			municipalities.find(user.municipalityId()).ifPresent(m -> model.addAttribute("municipality", m));
		}
		return "identity/user-edit";
	}

	private static List<Role> assignableRoles(Tenant me) {
		return Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM_ADMIN || me.isSystemAdmin()).toList();
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
