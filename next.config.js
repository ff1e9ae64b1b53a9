/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers stay plain Node modules rather than being bundled.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
