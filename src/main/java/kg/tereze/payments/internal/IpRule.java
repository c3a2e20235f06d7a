package kg.tereze.payments.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An address or a CIDR block (IPv4 or IPv6) from an agent's allow-list. */
final class IpRule {

	private IpRule() {
	}

	private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

	private static final Pattern V6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

	/**
	 * An address literal with an optional prefix length; never a host name, which would be looked up
	 * in the DNS on every request and could be turned by whoever controls that name.
	 */
	static boolean valid(String rule) {
		if (rule == null) {
			return false;
		}
		String[] parts = rule.strip().split("/", -1);
		if (parts.length > 2) {
			return false;
		}
		int maxBits;
		Matcher v4 = V4.matcher(parts[0]);
		if (v4.matches()) {
			for (int i = 1; i <= 4; i++) {
				if (Integer.parseInt(v4.group(i)) > 255) {
					return false;
				}
			}
			maxBits = 32;
		}
		else if (parts[0].contains(":") && V6.matcher(parts[0]).matches()) {
			try {
				InetAddress.getByName(parts[0]);
			}
			catch (UnknownHostException e) {
				return false;
			}
			maxBits = 128;
		}
		else {
			return false;
		}
		if (parts.length == 1) {
			return true;
		}
		if (!parts[1].matches("\\d{1,3}")) {
			return false;
		}
		return Integer.parseInt(parts[1]) <= maxBits;
	}

	static boolean matches(String rule, String address) {
		try {
			String[] parts = rule.strip().split("/");
			byte[] net = InetAddress.getByName(parts[0]).getAddress();
			byte[] addr = InetAddress.getByName(address).getAddress();
			if (net.length != addr.length) {
				return false;
			}
			int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : net.length * 8;
			for (int i = 0; i < net.length && bits > 0; i++, bits -= 8) {
				int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
				if ((net[i] & mask) != (addr[i] & mask)) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException | NumberFormatException e) {
			return false;
		}
	}
}
