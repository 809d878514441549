"""Extract statements from a news archive on a Spark cluster that already exists.

Each executor pipes its partition of JSONL articles through `quotegraph extract -` (the
binary must be on the executors' PATH, or give its path on the executors in the
QUOTEGRAPH environment variable); the statements come back as JSONL lines. Build the graph from them with `quotegraph build`, or push it to a shared
store.

    spark-submit examples/spark_extract.py articles.jsonl statements/
"""
import os
import sys

from pyspark.sql import SparkSession


def main(feed: str, out: str) -> None:
    spark = SparkSession.builder.appName("quotegraph-extract").getOrCreate()
    articles = spark.sparkContext.textFile(feed)
    binary = os.environ.get("QUOTEGRAPH", "quotegraph")
    statements = articles.pipe(f"{binary} extract --quiet --threads 1 -")
    statements.saveAsTextFile(out)
    spark.stop()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
