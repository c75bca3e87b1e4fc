package org.cirm.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network between the nodes and an agency's system, made bad on demand: a TCP relay
 * that, while faulty, answers a share of requests with 503 without passing them on, and
 * cuts a share of connections (TCP reset) after the agency received the request and
 * before its answer arrives: the agency did the work, the caller never hears of it. A
 * request is recognised by the HTTP method its first bytes start with; everything else
 * passes through untouched.
 */
final class FaultyLink implements AutoCloseable {

	private static final byte[] UNAVAILABLE = ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
			+ "Content-Length: 20\r\nConnection: close\r\n\r\nService unavailable\n")
		.getBytes(StandardCharsets.US_ASCII);

	private final ServerSocket listening;

	private final int target;

	private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "faulty-link");
		thread.setDaemon(true);
		return thread;
	});

	private volatile double unavailableRate;

	private volatile double resetRate;

	private volatile long goodAgainAfter;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong unavailable = new AtomicLong();

	private final AtomicLong resets = new AtomicLong();

	FaultyLink(int target) throws IOException {
		this.target = target;
		this.listening = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		this.pumps.execute(this::accept);
	}

	int port() {
		return this.listening.getLocalPort();
	}

	/**
	 * From now on, these shares of requests get a 503 or a reset, until the link has seen
	 * {@code requests} more requests; then it is good again.
	 */
	void faults(double unavailableRate, double resetRate, long requests) {
		this.unavailableRate = unavailableRate;
		this.resetRate = resetRate;
		this.goodAgainAfter = this.requests.get() + requests;
	}

	boolean faulty() {
		return this.requests.get() < this.goodAgainAfter;
	}

	long requests() {
		return this.requests.get();
	}

	long unavailable() {
		return this.unavailable.get();
	}

	long resets() {
		return this.resets.get();
	}

	private void accept() {
		while (!this.listening.isClosed()) {
			try {
				Socket client = this.listening.accept();
				Socket agency = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.pumps.execute(() -> relay(client, agency));
			}
			catch (IOException closedOrRefused) {
				// The link is closing, or the agency refused: the caller sees a closed
				// connection.
			}
		}
	}

	/**
	 * Client to agency, deciding each request's fate; the answers flow back in another
	 * thread.
	 */
	private void relay(Socket client, Socket agency) {
		Fate fate = new Fate();
		this.pumps.execute(() -> answers(agency, client, fate));
		byte[] buffer = new byte[16 * 1024];
		try (client; agency) {
			InputStream in = client.getInputStream();
			OutputStream out = agency.getOutputStream();
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				if (startsARequest(buffer, read)) {
					boolean faulty = this.requests.incrementAndGet() <= this.goodAgainAfter;
					double dice = faulty ? ThreadLocalRandom.current().nextDouble() : 1;
					if (dice < this.unavailableRate) {
						this.unavailable.incrementAndGet();
						client.getOutputStream().write(UNAVAILABLE);
						return;
					}
					fate.resetBeforeAnswer = dice < this.unavailableRate + this.resetRate;
				}
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException gone) {
			// Either side closed: so does the other.
		}
	}

	private void answers(Socket agency, Socket client, Fate fate) {
		byte[] buffer = new byte[16 * 1024];
		try {
			InputStream in = agency.getInputStream();
			OutputStream out = client.getOutputStream();
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				if (fate.resetBeforeAnswer) {
					this.resets.incrementAndGet();
					client.setSoLinger(true, 0);
					client.close();
					agency.close();
					return;
				}
				out.write(buffer, 0, read);
				out.flush();
			}
			client.close();
		}
		catch (IOException gone) {
			// Either side closed: so does the other.
		}
	}

	private static boolean startsARequest(byte[] buffer, int length) {
		String start = new String(buffer, 0, Math.min(length, 8), StandardCharsets.US_ASCII);
		return start.startsWith("POST ") || start.startsWith("GET ") || start.startsWith("PUT ")
				|| start.startsWith("DELETE ");
	}

	/** What happens to the answer of the request on its way. */
	private static final class Fate {

		volatile boolean resetBeforeAnswer;

	}

	@Override
	public void close() throws IOException {
		this.listening.close();
		this.pumps.shutdownNow();
	}

}
