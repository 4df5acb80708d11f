# Runs a benchmark on a tiny workload: passes when it exits 0 and prints its JSON line.
# Usage: cmake -DBENCHMARK=path/to/benchmark "-DARGS=--its --options" -P SmokeTest.cmake
get_filename_component(name ${BENCHMARK} NAME)
separate_arguments(arguments UNIX_COMMAND "${ARGS}")
execute_process(
    COMMAND ${BENCHMARK} ${arguments}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${name} exited with ${result}:\n${errors}")
endif()
if(NOT output MATCHES "\nBENCHMARK_JSON {[^\n]*}")
    message(FATAL_ERROR "${name} printed no BENCHMARK_JSON line:\n${errors}")
endif()
