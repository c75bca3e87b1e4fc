package org.cirm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CiRM One-Stop: one service point for citizens, every public service a BPMN process on
 * the Camunda 7 engine that moves across agencies step by step.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CirmApplication {

	public static void main(String[] args) {
		SpringApplication.run(CirmApplication.class, args);
	}

}
