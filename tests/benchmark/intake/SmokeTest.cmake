# Runs intake_benchmark on a tiny workload: passes when it exits 0 and prints its JSON line.
# Usage: cmake -DBENCHMARK=path/to/intake_benchmark -P SmokeTest.cmake
execute_process(
    COMMAND ${BENCHMARK} --clients 2 --requests 20
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "intake_benchmark exited with ${result}:\n${errors}")
endif()
if(NOT output MATCHES "\nBENCHMARK_JSON {[^\n]*}")
    message(FATAL_ERROR "intake_benchmark printed no BENCHMARK_JSON line:\n${errors}")
endif()
