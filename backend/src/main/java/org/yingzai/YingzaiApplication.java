package org.yingzai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Yingzai (营在高新) service hall. */
@SpringBootApplication
public class YingzaiApplication {

  public static void main(String[] args) {
    SpringApplication.run(YingzaiApplication.class, args);
  }
}
