package kg.tereze.ledger.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import kg.tereze.ledger.AccountFilter;
import kg.tereze.ledger.AccountRow;
import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.CustomerCategory;
import kg.tereze.ledger.HolderKind;
import kg.tereze.ledger.NewPayerAccount;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Village;
import kg.tereze.shared.CurrentTenant;
import kg.tereze.shared.FormFields;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The list of payer accounts with balances, its spreadsheet, and opening an account. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasAnyRole('ACCOUNTANT', 'CASHIER', 'CONTROLLER', 'HEAD', 'AUDITOR')")
class AccountsController {

	private final Accounts accounts;

	private final Municipalities municipalities;

	private final MessageSource messages;

	private final Clock clock;

	AccountsController(Accounts accounts, Municipalities municipalities, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.municipalities = municipalities;
		this.messages = messages;
		this.clock = clock;
	}

	/** The filter as typed, so that the form shows it back; {@code minDebt} in som. */
	record FilterForm(String q, Long enterprise, Long village, String minDebt, AccountFilter.Sort sort) {

		AccountFilter filter() {
			return new AccountFilter(q, enterprise, village, LedgerApi.amountOrNull("minDebt", minDebt), sort);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long enterprise,
			@RequestParam(required = false) Long village, @RequestParam(required = false) String minDebt,
			@RequestParam(required = false) AccountFilter.Sort sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model, Locale locale) {
		Tenant t = CurrentTenant.require();
		FilterForm form = new FilterForm(q, enterprise, village, minDebt, sort);
		AccountFilter filter;
		try {
			filter = form.filter();
		}
		catch (InvalidInputException e) {
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			filter = new AccountFilter(q, enterprise, village, null, sort);
		}
		model.addAttribute("result", accounts.page(t, filter, ResultPage.safePage(page), ResultPage.safeSize(size)));
		model.addAttribute("form", form);
		addChoices(t, model);
		return "ledger/accounts";
	}

	@GetMapping("/export.xlsx")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long enterprise,
			@RequestParam(required = false) Long village, @RequestParam(required = false) String minDebt,
			@RequestParam(required = false) AccountFilter.Sort sort, HttpServletResponse response, Locale locale)
			throws IOException {
		Tenant t = CurrentTenant.require();
		List<AccountRow> rows = accounts.export(t, new FilterForm(q, enterprise, village, minDebt, sort).filter());
		Map<Long, Village> villages = villages(t);
		Map<Long, Enterprise> enterprises = enterprises(t);
		List<String> headers = List.of(msg("ledger.account.number", locale), msg("ledger.account.holder", locale),
				msg("ledger.account.book", locale), msg("municipality.village", locale), msg("ledger.account.address", locale),
				msg("ledger.account.category", locale), msg("ledger.account.balance", locale));
		Xlsx.write(Xlsx.attachment(response, "accounts.xlsx"), "accounts", headers, rows, r -> {
			PayerAccount a = r.account();
			return List.of(a.number().value(), a.holderName(), bookName(enterprises, a.enterpriseId(), locale),
					a.villageId() != null && villages.containsKey(a.villageId()) ? villages.get(a.villageId()).name().in(locale) : "",
					a.address() == null ? "" : a.address(), msg("ledger.account.category." + a.category(), locale),
					r.balance().toBigDecimal());
		});
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String newForm(Model model) {
		Tenant t = CurrentTenant.require();
		model.addAttribute("form", Map.of("openedOn", LocalDate.now(clock.withZone(Formats.BISHKEK)).toString(),
				"holderKind", "HOUSEHOLD", "category", "HOUSEHOLD"));
		addChoices(t, model);
		return "ledger/account-new";
	}

	@PostMapping
	@PreAuthorize("hasRole('ACCOUNTANT')")
	String open(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, Locale locale) {
		Tenant t = CurrentTenant.require();
		try {
			PayerAccount a = accounts.open(t, new NewPayerAccount(number(form, "enterprise"),
					choice(form, "holderKind", HolderKind.class), choice(form, "category", CustomerCategory.class), null,
					null, form.get("holderName"), number(form, "village"), form.get("address"), form.get("phone"),
					date(form, "openedOn")));
			return "redirect:/accounts/" + a.number();
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errorField", e.field());
			model.addAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), locale));
			model.addAttribute("form", form);
			addChoices(t, model);
			return "ledger/account-new";
		}
	}

	private void addChoices(Tenant t, Model model) {
		long m = t.requireMunicipality();
		model.addAttribute("villages", municipalities.villages(m));
		model.addAttribute("villageNames", villages(t));
		model.addAttribute("enterprises", t.enterpriseId() == null ? municipalities.enterprises(m)
				: municipalities.enterprise(t.enterpriseId()).stream().toList());
		model.addAttribute("enterpriseNames", enterprises(t));
		model.addAttribute("ownBook", t.enterpriseId() == null);
		model.addAttribute("holderKinds", HolderKind.values());
		model.addAttribute("categories", CustomerCategory.values());
		model.addAttribute("sorts", AccountFilter.Sort.values());
	}

	private Map<Long, Village> villages(Tenant t) {
		return municipalities.villages(t.requireMunicipality()).stream()
			.collect(Collectors.toMap(Village::id, Function.identity()));
	}

	private Map<Long, Enterprise> enterprises(Tenant t) {
		return municipalities.enterprises(t.requireMunicipality()).stream()
			.collect(Collectors.toMap(Enterprise::id, Function.identity()));
	}

	private String bookName(Map<Long, Enterprise> enterprises, Long enterpriseId, Locale locale) {
		return enterpriseId == null ? msg("ledger.account.book.own", locale) : enterprises.get(enterpriseId).name().in(locale);
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	static Long number(Map<String, String> form, String field) {
		return FormFields.number(form, field);
	}

	static LocalDate date(Map<String, String> form, String field) {
		return FormFields.date(form, field);
	}

	static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type) {
		return FormFields.choice(form, field, type);
	}
}
