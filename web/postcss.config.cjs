// Lets our own CSS use Mantine's helpers (rem(), light-dark(), @mixin hover/smaller-than).
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
