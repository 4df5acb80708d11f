#pragma once

// Parts of ChannelDesk the benchmark measures when they are built in (written in parallel).
#if __has_include("common/DirectoryModel.h")
#define CHANNELDESK_BENCHMARK_MODEL 1
#else
#define CHANNELDESK_BENCHMARK_MODEL 0
#endif
