module.exports = { ...require("office-addin-prettier-config"), printWidth: 160 };
