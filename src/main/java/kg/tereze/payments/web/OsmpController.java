package kg.tereze.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import kg.tereze.payments.internal.AgentAnswer;
import kg.tereze.payments.internal.AgentPayments;
import kg.tereze.payments.internal.PaymentAgent;
import kg.tereze.payments.internal.AgentCredentials;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The OSMP/QIWI provider endpoint for terminal networks and wallets: {@code command=check|pay} by GET or
 * POST, HTTP Basic credentials per agent, an optional address allow-list, XML answers.
 */
@RestController
@Tag(name = "Payment agents (OSMP)", description = "check and pay by the OSMP/QIWI provider protocol; XML answers")
class OsmpController {

	private final AgentCredentials credentials;

	private final AgentPayments payments;

	OsmpController(AgentCredentials credentials, AgentPayments payments) {
		this.credentials = credentials;
		this.payments = payments;
	}

	@Operation(summary = "command=check&txn_id&account&sum or command=pay&txn_id&txn_date=YYYYMMDDHHMMSS&account&sum")
	@RequestMapping(path = "/api/agents/osmp", method = { RequestMethod.GET, RequestMethod.POST },
			produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> osmp(@RequestParam(required = false) String command,
			@RequestParam(name = "txn_id", required = false) String txnId,
			@RequestParam(required = false) String account, @RequestParam(required = false) String sum,
			@RequestParam(name = "txn_date", required = false) String txnDate, HttpServletRequest request) {
		AgentCredentials.Check check = credentials.authenticate(request.getHeader("Authorization"), request.getRemoteAddr());
		if (check.throttled()) {
			// OSMP result 1: a temporary refusal, which the terminal network tries again later
			return ResponseEntity.status(429).header("Retry-After", "60").contentType(MediaType.APPLICATION_XML)
				.body(xml(new AgentAnswer(txnId, null, sum, kg.tereze.payments.internal.OsmpResult.TEMPORARY_ERROR,
						"too many failed sign-ins, retry later")));
		}
		PaymentAgent agent = check.agent();
		if (agent == null) {
			return ResponseEntity.status(401).header("WWW-Authenticate", "Basic realm=\"tereze-agents\"")
				.contentType(MediaType.APPLICATION_XML).body(xml(new AgentAnswer(txnId, null, sum,
						kg.tereze.payments.internal.OsmpResult.OTHER_ERROR, "authentication required")));
		}
		if (!agent.allows(request.getRemoteAddr())) {
			return ResponseEntity.status(403).contentType(MediaType.APPLICATION_XML).body(xml(new AgentAnswer(txnId, null,
					sum, kg.tereze.payments.internal.OsmpResult.OTHER_ERROR, "address not allowed")));
		}
		AgentAnswer answer = payments.handle(agent, new AgentPayments.Request(command, txnId, account, sum, txnDate));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(answer));
	}

	static String xml(AgentAnswer a) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<response>\n");
		out.append("<osmp_txn_id>").append(esc(a.txnId())).append("</osmp_txn_id>\n");
		if (a.prvTxn() != null) {
			out.append("<prv_txn>").append(a.prvTxn()).append("</prv_txn>\n");
		}
		out.append("<sum>").append(esc(a.sum())).append("</sum>\n");
		out.append("<result>").append(a.result().code()).append("</result>\n");
		out.append("<comment>").append(esc(a.comment())).append("</comment>\n");
		return out.append("</response>\n").toString();
	}

	private static String esc(String s) {
		return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
	}
}
