# Runs directory_benchmark on a tiny workspace: passes when it exits 0 and prints its JSON line.
# Usage: cmake -DBENCHMARK=path/to/directory_benchmark -P SmokeTest.cmake
execute_process(
    COMMAND ${BENCHMARK} --leads 3000 --partners 300 --repeat 1 --creates 2 --import-rows 1000
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors)
message("${output}")
if(NOT result EQUAL 0)
    message(FATAL_ERROR "directory_benchmark exited with ${result}:\n${errors}")
endif()
if(NOT output MATCHES "\nBENCHMARK_JSON {[^\n]*}")
    message(FATAL_ERROR "directory_benchmark printed no BENCHMARK_JSON line:\n${errors}")
endif()
