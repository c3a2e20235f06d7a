package kg.tereze.payments;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address or a CIDR block (IPv4 or IPv6) from an agent's allow-list. */
final class IpRule {

	private IpRule() {
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
