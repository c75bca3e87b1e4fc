package org.cirm.notification.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.web.client.RestClient;

/**
 * The outbox is swept on a schedule for messages waiting for another attempt; fresh
 * messages go out on a small executor of their own, so no request, task completion or job
 * ever waits for an SMTP server or an SMS gateway.
 */
@Configuration
@EnableScheduling
class NotificationConfiguration {

	static final String SENDER = "notificationSender";

	@Bean(name = SENDER, destroyMethod = "shutdown")
	@Qualifier(SENDER)
	ThreadPoolTaskExecutor notificationSender(NotificationProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix("notify-");
		executor.setCorePoolSize(properties.senderThreads());
		executor.setMaxPoolSize(properties.senderThreads());
		executor.setQueueCapacity(properties.senderQueue());
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		return executor;
	}

	/**
	 * The SMS gateway's client: Spring Boot's builder (metrics, tracing) with timeouts.
	 */
	@Bean
	@Qualifier("smsGateway")
	RestClient smsGateway(RestClient.Builder builder, NotificationProperties properties) {
		ClientHttpRequestFactorySettings timeouts = ClientHttpRequestFactorySettings.defaults()
			.withConnectTimeout(properties.smsConnectTimeout())
			.withReadTimeout(properties.smsReadTimeout());
		return builder.requestFactory(ClientHttpRequestFactoryBuilder.simple().build(timeouts)).build();
	}

}
