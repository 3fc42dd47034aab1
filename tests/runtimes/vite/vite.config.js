// Only for `vite` (the dev server): /nylas proxies to the Nylas API and adds the key, which stays here.
export default {
  server: {
    proxy: {
      '/nylas': {
        target: process.env.NYLAS_API_URI ?? 'https://api.us.nylas.com',
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/nylas/, ''),
        headers: { authorization: `Bearer ${process.env.NYLAS_API_KEY}` },
      },
    },
  },
};
