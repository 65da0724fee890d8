package org.marsad.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local[2] on 127.0.0.1, no UI, few shuffle partitions, warnings only. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("marsad-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
